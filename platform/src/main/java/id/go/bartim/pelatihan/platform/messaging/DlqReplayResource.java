package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Operator endpoints on a dead-letter topic: list what is parked, replay one message or all of them after the cause
 * was fixed. Replays run through this service's own consumer ({@link DlqReplayer}); no transaction is held around
 * them, each event gets its own, and the audit line its own after.
 */
@Path("/api/v1/admin/dlq/{topic}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${app.security.officer-role}")
@Tag(name = "Operations", description = "Operator actions")
public class DlqReplayResource {

    private static final int DEFAULT_PAGE = 100;

    private static final String BROKER_UNAVAILABLE = "broker-unavailable: the Kafka broker did not answer within the "
            + "request's deadline (30 s); try again after Retry-After";

    @Inject
    DlqReplayer replayer;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List a DLQ", description = "The messages now in <topic>.dlq, partition by partition in "
            + "offset order, at most `limit` (default 100, at most 500) from `partition` (default 0) at `offset` "
            + "(default its start); `next` says where the following page starts. No payload; a key that is not a "
            + "program code or an enrollment id is withheld. topic is one this service consumes; its DLQ not "
            + "created yet is an empty page (listing never creates it). Officer role.")
    @APIResponse(responseCode = "200", description = "A page of parked messages")
    @APIResponse(responseCode = "400", description = "partition, offset or limit is not a number in range")
    @APIResponse(responseCode = "404", description = "Not a topic this service consumes, or no such partition")
    @APIResponse(responseCode = "503", description = BROKER_UNAVAILABLE)
    public DlqPage list(@PathParam("topic") String topic,
                        @Parameter(description = "Partition to start at", example = "0")
                        @QueryParam("partition") String partition,
                        @Parameter(description = "Offset to start at in that partition", example = "0")
                        @QueryParam("offset") String offset,
                        @Parameter(description = "At most this many (1-500)", example = "100")
                        @QueryParam("limit") String limit) {
        int from = partition == null ? 0 : (int) number("partition", partition, Integer.MAX_VALUE);
        Long at = offset == null ? null : number("offset", offset, Long.MAX_VALUE);
        int size = limit == null ? DEFAULT_PAGE : (int) number("limit", limit, DlqReplayer.MAX_PAGE);
        if (size == 0) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + DlqReplayer.MAX_PAGE);
        }
        requireConsumed(topic);
        return replayer.list(topic, from, at, size);
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay a DLQ", description = "Runs every message in <topic>.dlq not replayed before "
            + "through this service's consumer of <topic> (never re-published: the topic belongs to the other "
            + "service). Consumers are idempotent by ce_id; a message that fails again is parked again. topic is one "
            + "this service consumes. Officer role.")
    @APIResponse(responseCode = "200", description = "{\"topic\": t, \"replayed\": n, \"applied\": a, "
            + "\"duplicate\": d, \"settled\": s, \"parked\": p}")
    @APIResponse(responseCode = "404", description = "Not a topic this service consumes")
    @APIResponse(responseCode = "409", description = "replay-in-progress: a bulk replay of this DLQ is running (on any "
            + "replica); run it again once that one has ended")
    @APIResponse(responseCode = "503", description = "dlq-replay-failed: a transient failure stopped the replay; "
            + BROKER_UNAVAILABLE)
    public Map<String, Object> replay(@PathParam("topic") String topic) {
        requireConsumed(topic);
        Map<EventProcessor.Outcome, Integer> outcomes = replayer.replay(topic);
        QuarkusTransaction.requiringNew().run(() -> audit.record("REPLAY_DLQ", "topic", topic));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("topic", topic);
        answer.put("replayed", outcomes.values().stream().mapToInt(Integer::intValue).sum());
        for (EventProcessor.Outcome outcome : EventProcessor.Outcome.values()) {
            answer.put(outcome.name().toLowerCase(Locale.ROOT), outcomes.getOrDefault(outcome, 0));
        }
        return answer;
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Replay one parked message", description = "Runs the message at partition/offset of "
            + "<topic>.dlq through this service's consumer of <topic>; `outcome` is applied, duplicate (its ce_id "
            + "was seen before), settled (by the consumer's last resort) or parked (it failed again, at a new "
            + "offset). The message stays in the DLQ either way (a DLQ is a log). Officer role.")
    @APIResponse(responseCode = "200", description = "{\"topic\": t, \"partition\": p, \"offset\": o, "
            + "\"outcome\": \"applied\"}")
    @APIResponse(responseCode = "400", description = "partition or offset is not a number in range")
    @APIResponse(responseCode = "404", description = "Not a topic this service consumes, or nothing at that offset")
    @APIResponse(responseCode = "503", description = "dlq-replay-failed: a transient failure stopped the replay; "
            + BROKER_UNAVAILABLE)
    public Map<String, Object> replayOne(@PathParam("topic") String topic,
                                         @PathParam("partition") String partition,
                                         @PathParam("offset") String offset) {
        int p = (int) number("partition", partition, Integer.MAX_VALUE);
        long o = number("offset", offset, Long.MAX_VALUE);
        requireConsumed(topic);
        EventProcessor.Outcome outcome = replayer.replayOne(topic, p, o);
        QuarkusTransaction.requiringNew().run(() -> audit.record("REPLAY_DLQ_MESSAGE", "topic", topic
                + "/" + p + "/" + o));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("topic", topic);
        answer.put("partition", p);
        answer.put("offset", o);
        answer.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        return answer;
    }

    private void requireConsumed(String topic) {
        if (!replayer.canReplay(topic)) {
            throw new ProblemException(404, "not-found", "Not found", "This service consumes no such topic");
        }
    }

    /** A whole number from 0 to {@code max}, or 400 (the text is not repeated back). */
    private static long number(String field, String text, long max) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, "must be a whole number from 0 to " + max);
    }
}
