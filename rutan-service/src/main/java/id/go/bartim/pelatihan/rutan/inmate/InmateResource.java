package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.privacy.NikSearch;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Inmates (WBP), SPEC 3: officers admit, correct and release them; viewers read. */
@Path("/api/v1/inmates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmates", description = "Warga Binaan Pemasyarakatan (WBP) held in the rutan")
public class InmateResource {

    private static final String OFFICER = "rutan-officer";

    private static final String PATCH_EXAMPLE = """
            {"cellBlock": "Blok C-1", "expectedReleaseDate": "2027-03-01", "educationLevel": null}""";

    @Inject
    InmateService inmates;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentActor actor;

    @POST
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Register an inmate", description = "Records a newly admitted inmate with status ACTIVE. "
            + "The NIK, when given, must agree with birthDate and sex. Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "409", description = "duplicate-registration-number: another inmate has it")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry safe")
                           String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") InmateRequest request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.INMATE, () -> {
            Inmate inmate = inmates.admit(request);
            return Response.created(URI.create("/api/v1/inmates/" + inmate.id))
                    .tag(Long.toString(inmate.version))
                    .entity(InmateView.of(inmate)).build();
        });
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List inmates", description = "Sorted by full name; filter by status, search with q in "
            + "the name or registration number (any case). The NIK is masked. A q with 6 or more digits in a row is "
            + "taken for a NIK search, which is for rutan-officer only: rutan-viewer gets 403. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of inmates")
    @APIResponse(responseCode = "403", description = "forbidden: a rutan-viewer searched with 6 or more digits in a "
            + "row, or the token carries neither role")
    public PageView<InmateSummary> list(
            @Valid @BeanParam PageQuery paging,
            @QueryParam("status") @Parameter(description = "ACTIVE, RELEASED or TRANSFERRED",
                    schema = @Schema(enumeration = {"ACTIVE", "RELEASED", "TRANSFERRED"})) String status,
            @QueryParam("q") @Parameter(description = "Part of the name or registration number (6 or more digits "
                    + "in a row: rutan-officer only)") String q) {
        if (NikSearch.looksForNik(q) && !actor.hasRole(OFFICER)) {
            // SPEC 8: a viewer cannot recover a full NIK by any combination of reads
            throw new ProblemException(403, "forbidden", "Forbidden", NikSearch.OFFICERS_ONLY);
        }
        return inmates.list(status, q, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "Read an inmate", description = "The full record; every read is recorded in the audit log. "
            + "The full NIK and the birth date are shown to rutan-officer only; rutan-viewer sees the NIK masked and "
            + "birthYear instead of birthDate. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The inmate; ETag carries its version",
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "404", description = "No such inmate")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public Response get(@PathParam("id") UUID id) {
        InmateView inmate = inmates.read(id);
        InmateView shown = actor.hasRole(OFFICER) ? inmate : inmate.forViewer();
        return Response.ok(shown).tag(Long.toString(inmate.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Consumes({InmatePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Correct an inmate", description = "JSON Merge Patch (RFC 7396): a field present replaces "
            + "the value, null clears an optional field. The resulting record must pass every rule of "
            + "registration. status, id and version cannot be patched (release changes the status). Send If-Match "
            + "with the ETag you read. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "404", description = "No such inmate")
    @APIResponse(responseCode = "409", description = "duplicate-registration-number: another inmate has it; "
            + "inmate-anonymised: retention anonymised the inmate, the record no longer changes")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response patch(@PathParam("id") UUID id,
                          @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read")
                          String ifMatch,
                          @RequestBody(required = true, description = "Fields of InmateRequest to replace or clear",
                                  content = {
                                      @Content(mediaType = InmatePatch.MEDIA_TYPE, example = PATCH_EXAMPLE,
                                              schema = @Schema(type = SchemaType.OBJECT)),
                                      @Content(mediaType = MediaType.APPLICATION_JSON, example = PATCH_EXAMPLE,
                                              schema = @Schema(type = SchemaType.OBJECT))})
                          String body) {
        ObjectNode patch = InmatePatch.parse(mapper, body);
        return ok(inmates.patch(id, current -> InmatePatch.apply(mapper, current, patch), ifMatch));
    }

    @POST
    @Path("/{id}/release")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Release or transfer an inmate", description = "Ends the stay of an ACTIVE inmate: status "
            + "becomes RELEASED or TRANSFERRED, and every PENDING or ACCEPTED enrollment of the inmate is withdrawn "
            + "with that reason in the same transaction. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Released",
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "404", description = "No such inmate")
    @APIResponse(responseCode = "409", description = "inmate-not-active: already released or transferred")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response release(@PathParam("id") UUID id,
                            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry safe")
                            String idempotencyKey,
                            @Valid @NotNull(message = "a JSON body is required") ReleaseRequest request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.INMATE, () -> ok(inmates.release(id, request)));
    }

    private static Response ok(Inmate inmate) {
        return Response.ok(InmateView.of(inmate)).tag(Long.toString(inmate.version)).build();
    }
}
