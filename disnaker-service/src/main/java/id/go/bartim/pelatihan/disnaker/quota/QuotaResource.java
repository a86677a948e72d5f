package id.go.bartim.pelatihan.disnaker.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** The "1.000 Tenaga Kerja Terlatih" quota (SPEC 4): read it, set the target and partner allocations. */
@Path("/api/v1/quota")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quota", description = "The yearly trained-workers quota: people, not enrollments")
public class QuotaResource {


    @Inject
    QuotaBoard board;

    @GET
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Quota of the current year", description = "Target (1000 unless set), people with a "
            + "reserved slot, people trained, and what is available, by program and by partner. "
            + "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "The quota",
            content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response current() {
        return ok(board.read(LocalDate.now(WIB).getYear()));
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Quota of a year", description = "The quota year of an enrollment is the year its "
            + "class starts. Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "The quota",
            content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response year(@PathParam("year") @Min(value = 2000, message = "must be between 2000 and 2100")
                         @Max(value = 2100, message = "must be between 2000 and 2100") int year) {
        return ok(board.read(year));
    }

    @PUT
    @Path("/{year}")
    @Transactional
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Set the target of a year", description = "Refused with 409 below reserved + trained. "
            + "If-Match with the ETag read is honoured. Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "The quota with its new target",
            content = @Content(schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "409", description = "target-below-usage")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response setTarget(@PathParam("year") @Min(value = 2000, message = "must be between 2000 and 2100")
                              @Max(value = 2100, message = "must be between 2000 and 2100") int year,
                              @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull(message = "a JSON body is required") QuotaRequests.Target body) {
        return ok(board.setTarget(year, body.target(), ifMatch));
    }

    @PUT
    @Path("/{year}/partners/{partnerCode}")
    @Transactional
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Set a partner's allocation", description = "A partner with an allocation gets at most "
            + "that many slots in the year; refused with 409 below what it already uses. Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "The quota with the allocation",
            content = @Content(schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "409", description = "allocation-below-usage")
    public Response setAllocation(@PathParam("year") @Min(value = 2000, message = "must be between 2000 and 2100")
                                  @Max(value = 2100, message = "must be between 2000 and 2100") int year,
                                  @PathParam("partnerCode")
                                  @Pattern(regexp = "^[A-Z0-9]+(-[A-Z0-9]+)*$", message = "must look like RUTAN-TML")
                                  @Size(max = 40, message = "must be at most 40 characters")
                                  String partnerCode,
                                  @Valid @NotNull(message = "a JSON body is required") QuotaRequests.Allocation body) {
        return ok(board.setAllocation(year, partnerCode, body.allocation()));
    }

    private static Response ok(QuotaView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
