package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Excused in advance (SPEC 10): an enrollment's excusals. */
@Path("/api/v1/enrollments/{id}/excusals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class ExcusalResource {

    @Inject
    Excusals excusals;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Excuse an enrollment in advance", description = "Marks the enrollment EXCUSED with the "
            + "reason (and note) in every non-cancelled session of its class from `from` until `until`, both "
            + "included, whose register is still open (the edit window, APP_ATTENDANCE_EDIT_WINDOW after the session "
            + "date) and that has no record yet or one an excusal made; a record set by hand (PRESENT, say) is never "
            + "overwritten. Sessions planned later in the range are marked when they are created. Each record written "
            + "is a line of the session's attendance history by the officer. Only an ACCEPTED enrollment is "
            + "excused, as only ACCEPTED enrollments have records; a restored session is marked again. EXCUSED does not count as attended. Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Created; Location names the excusal",
            content = @Content(schema = @Schema(implementation = ExcusalView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: a missing or malformed date, until before "
            + "from (errors[] names until), an unknown reason, OTHER without a note (names note), a note over 500 "
            + "characters")
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "422", description = "enrollment-not-accepted: the enrollment is not "
            + "ACCEPTED; idempotency-key-reused")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExcusalRequest.class),
            examples = {@ExampleObject(name = "court hearing", value = """
                    {"from": "2026-03-09", "until": "2026-03-13", "reason": "COURT_HEARING",
                     "note": "Sidang lanjutan di PN Tamiang Layang"}"""),
                    @ExampleObject(name = "other", value = """
                    {"from": "2026-03-16", "until": "2026-03-16", "reason": "OTHER",
                     "note": "Pemeriksaan oleh penyidik"}""")}))
    public Response excuse(@PathParam("id") UUID enrollmentId, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") ExcusalRequest request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.EXCUSAL, () -> {
            ExcusalView x = excusals.excuse(enrollmentId, request);
            return Response.created(URI.create("/api/v1/enrollments/" + enrollmentId + "/excusals/" + x.id()))
                    .entity(x).build();
        });
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List an enrollment's excusals", description = "By first day. Every read is recorded in the "
            + "audit log. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The enrollment's excusals",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExcusalView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public List<ExcusalView> list(@PathParam("id") UUID enrollmentId) {
        return excusals.of(enrollmentId);
    }

    @GET
    @Path("/{excusalId}")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "Read an excusal", description = "Every read is recorded in the audit log. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The excusal",
            content = @Content(schema = @Schema(implementation = ExcusalView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or no such excusal of it")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public ExcusalView get(@PathParam("id") UUID enrollmentId, @PathParam("excusalId") UUID excusalId) {
        return excusals.one(enrollmentId, excusalId);
    }

    @DELETE
    @Path("/{excusalId}")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Take an excusal back", description = "Removes the excusal and the records it made that "
            + "nobody changed by hand since, in sessions whose register is still open (and in cancelled sessions); "
            + "each removal is a line of the session's history. Records changed by hand stay, and so do the records "
            + "it made in registers already closed, no longer linked to it. Role: rutan-officer.")
    @APIResponse(responseCode = "204", description = "Taken back")
    @APIResponse(responseCode = "404", description = "No such enrollment, or no such excusal of it")
    public Response takeBack(@PathParam("id") UUID enrollmentId, @PathParam("excusalId") UUID excusalId) {
        excusals.takeBack(enrollmentId, excusalId);
        return Response.noContent().build();
    }
}
