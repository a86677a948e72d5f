package id.go.bartim.pelatihan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.platform.tracing.TraceContext;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Writes an event into the outbox as part of the caller's transaction (never on its own), with the trace context
 * current at the time ({@code traceparent}, {@code tracestate}), which the relay sends on as the record's headers.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_message (event_id, topic, message_key, event_type,"
            + " payload, occurred_at, traceparent, tracestate) values (?, ?, ?, ?, ?, ?, ?, ?)";

    /** Many events of one topic and type in one statement, their rows (and so their ids) in the order given. */
    private static final String INSERT_ALL = """
            insert into outbox_message (event_id, topic, message_key, event_type, payload, occurred_at, traceparent,
                                        tracestate)
            select m.event_id, ?, m.message_key, ?, m.payload, ?::timestamptz, m.traceparent, m.tracestate
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                with ordinality as m(event_id, message_key, payload, traceparent, tracestate, n)
            order by m.n""";

    @Inject
    ObjectMapper mapper;

    @Inject
    PlainStatements statements;

    @Inject
    Event<OutboxAppended> appended;

    /** One plain insert of an {@link OutboxMessage} row, committed or rolled back with the caller's write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String key, String type, Object payload) {
        PlainStatements.Round round = statements.round();
        UUID eventId = append(round, topic, key, type, payload);
        round.send();
        return eventId;
    }

    /** The same insert, added to the round that sends the write's own statements (one round trip for all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(PlainStatements.Round round, String topic, String key, String type, Object payload) {
        UUID eventId = UUID.randomUUID();
        TraceContext trace = TraceContext.current();
        round.add(INSERT, eventId, topic, key, type, toJson(payload), BusinessTime.now(),
                trace == null ? null : trace.traceparent(), trace == null ? null : trace.tracestate());
        appended.fire(new OutboxAppended(eventId));
        Log.debugf("outbox %s %s key=%s ce_id=%s", topic, type, key, eventId);
        return eventId;
    }

    /**
     * An event of {@link #appendAll}: its record key, its payload and the trace it belongs to (null: none). Made
     * with two arguments, it belongs to the trace current where it is made: a set-based write of many events of
     * many traces makes each with its own trace current.
     */
    public record Keyed(String key, Object payload, TraceContext trace) {

        public Keyed(String key, Object payload) {
            this(key, payload, TraceContext.current());
        }
    }

    /**
     * Events of one topic and type added to the write's round as one insert, in order: a batch's events cost the
     * database one statement, not one each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(PlainStatements.Round round, String topic, String type, List<Keyed> events) {
        String[] ids = new String[events.size()];
        String[] keys = new String[events.size()];
        String[] payloads = new String[events.size()];
        String[] parents = new String[events.size()];
        String[] states = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Keyed event = events.get(i);
            ids[i] = UUID.randomUUID().toString();
            keys[i] = event.key();
            payloads[i] = toJson(event.payload());
            parents[i] = event.trace() == null ? null : event.trace().traceparent();
            states[i] = event.trace() == null ? null : event.trace().tracestate();
        }
        round.add(INSERT_ALL, topic, type, BusinessTime.now(), ids, keys, payloads, parents, states);
        appended.fire(new OutboxAppended(UUID.fromString(ids[ids.length - 1])));
        Log.debugf("outbox %s %s: %d events", topic, type, events.size());
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass(), e);
        }
    }

    /** Fired for each append (one row or many); the relay listens after commit to publish without waiting. */
    public record OutboxAppended(UUID eventId) {
    }
}
