package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Operator endpoint: replay a dead-letter topic after the cause was fixed. */
@Path("/api/v1/admin/dlq/{topic}/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${app.security.officer-role}")
@Tag(name = "Operations", description = "Operator actions")
public class DlqReplayResource {

    @Inject
    DlqReplayer replayer;

    @Inject
    AuditLog audit;

    @POST
    @Transactional
    @Operation(summary = "Replay a DLQ", description = "Re-publishes every message now in <topic>.dlq to <topic> "
            + "with its original key, value and CloudEvents headers; consumers are idempotent by ce_id. "
            + "topic is one this service consumes. Officer role.")
    @APIResponse(responseCode = "200", description = "{\"replayed\": n}")
    @APIResponse(responseCode = "404", description = "Not a topic this service consumes")
    public Map<String, Object> replay(@PathParam("topic") String topic) {
        if (!replayer.canReplay(topic)) {
            throw new ProblemException(404, "not-found", "Not found", "This service consumes no such topic");
        }
        int replayed = replayer.replay(topic);
        audit.record("REPLAY_DLQ", "topic", topic);
        return Map.of("topic", topic, "replayed", replayed);
    }
}
