package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/** Cancelling a session and restoring it (SPEC 10). */
@Path("/api/v1/classes/{classId}/sessions/{sessionId}/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classes")
public class SessionCancellationResource {

    @Inject
    TrainingClasses classes;

    @Inject
    TrainingClassStore store;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Cancel a session", description = "The session becomes CANCELLED: it counts in nobody's "
            + "attendance rate and takes no attendance. Records it already had are kept but count nowhere while it "
            + "is cancelled. OTHER needs a note; a note is about the session and never names a person. "
            + "Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Cancelled; the session with its cancellation",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: no or unknown reason, a note over 500 "
            + "characters, or OTHER without a note (errors[] names note)")
    @APIResponse(responseCode = "404", description = "No such class, or the session is not of this class")
    @APIResponse(responseCode = "409", description = "session-cancelled: the session is already cancelled")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancellationRequest.class),
            examples = @ExampleObject(name = "cancellation", value = """
                    {"reason": "INSTRUCTOR_ABSENT", "note": "Instruktur sakit, diganti minggu depan"}""")))
    public Response cancel(@PathParam("classId") UUID classId, @PathParam("sessionId") UUID sessionId,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") CancellationRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            ClassSession s = classes.cancelSession(classId, sessionId, request.reason(), request.note());
            return Response.ok(SessionView.of(s, !store.heldAmong(Set.of(s.id)).isEmpty())).build();
        });
    }

    @DELETE
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Restore a cancelled session", description = "The session is PLANNED again, or HELD "
            + "when it kept attendance records, which count again. Role: rutan-officer.")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "404", description = "No such class, or the session is not of this class")
    @APIResponse(responseCode = "409", description = "session-not-cancelled: the session is not cancelled")
    public Response restore(@PathParam("classId") UUID classId, @PathParam("sessionId") UUID sessionId) {
        classes.restoreSession(classId, sessionId);
        return Response.noContent().build();
    }
}
