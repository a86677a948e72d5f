package id.go.bartim.pelatihan.rutan.holiday;

import id.go.bartim.pelatihan.contract.enrollment.ClassDates;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The calendar of holidays that session plans skip (SPEC 10). */
@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Holidays", description = "National holidays and cuti bersama, kept as data because they change yearly")
public class HolidayResource {

    private static final String DATE_RULE = "must be a date as yyyy-MM-dd, e.g. 2026-08-17";

    @Inject
    Holidays holidays;

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the holidays of a year", description = "In date order; the current year in "
            + "Asia/Jakarta when no year is given. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of holidays")
    public PageView<HolidayView> list(@Valid @BeanParam PageQuery paging,
                                      @QueryParam("year") @Pattern(regexp = "^[0-9]{4}$",
                                              message = "must be a year of four digits, e.g. 2026")
                                      @Parameter(description = "e.g. 2026; default the current year",
                                              schema = @Schema(type = SchemaType.INTEGER)) String year) {
        return holidays.ofYear(year == null ? LocalDate.now(BusinessTime.WIB).getYear() : Integer.parseInt(year),
                paging);
    }

    @PUT
    @Path("/{date}")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Name a day a holiday", description = "Creates the holiday, or renames the one on that day "
            + "(send If-Match with the ETag you read to rename only what you saw). Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Created; ETag set",
            content = @Content(schema = @Schema(implementation = HolidayView.class)))
    @APIResponse(responseCode = "200", description = "Renamed (or already so named); ETag set",
            content = @Content(schema = @Schema(implementation = HolidayView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response put(@PathParam("date") @Parameter(description = "yyyy-MM-dd, e.g. 2026-08-17") String date,
                        @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read")
                        String ifMatch,
                        @Valid @NotNull(message = "a JSON body is required") HolidayRequest request) {
        Holidays.Put put = holidays.put(dateOf(date), request.name(), ifMatch);
        return Response.status(put.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(Long.toString(put.holiday().version)).entity(HolidayView.of(put.holiday())).build();
    }

    @DELETE
    @Path("/{date}")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Remove a holiday", description = "Sessions already planned stay. Role: rutan-officer.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The date is not a date")
    @APIResponse(responseCode = "404", description = "No holiday on that day")
    public Response delete(@PathParam("date") @Parameter(description = "yyyy-MM-dd, e.g. 2026-08-17") String date) {
        holidays.remove(dateOf(date));
        return Response.noContent().build();
    }

    /**
     * The date of the path, taken as text: JAX-RS answers an unconvertible path parameter with 404, which would tell
     * the caller there is no such holiday rather than that the address is malformed.
     */
    private static LocalDate dateOf(String text) {
        if (text.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (!ClassDates.holds(date)) {
                    // No class, hence no plan, can fall on a day outside these years
                    throw Refused.field(RutanRefusal.INVALID_FIELD, "date", ClassDates.RULE);
                }
                return date;
            } catch (DateTimeParseException e) {
                // Falls through to the refusal: 2026-02-30 has the shape of a date but is none
            }
        }
        throw Refused.field(RutanRefusal.INVALID_FIELD, "date", DATE_RULE);
    }
}
