package id.go.bartim.pelatihan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Writes an event into the outbox as part of the caller's transaction (never on its own). */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_message (event_id, topic, message_key, event_type,"
            + " payload, occurred_at) values (?, ?, ?, ?, ?, ?)";

    /** Many events of one topic and type in one statement, their rows (and so their ids) in the order given. */
    private static final String INSERT_ALL = """
            insert into outbox_message (event_id, topic, message_key, event_type, payload, occurred_at)
            select m.event_id, ?, m.message_key, ?, m.payload, ?::timestamptz
            from unnest(?::uuid[], ?::text[], ?::text[]) with ordinality as m(event_id, message_key, payload, n)
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
        round.add(INSERT, eventId, topic, key, type, toJson(payload), BusinessTime.now());
        appended.fire(new OutboxAppended(eventId));
        Log.debugf("outbox %s %s key=%s ce_id=%s", topic, type, key, eventId);
        return eventId;
    }

    /** An event of {@link #appendAll}: its record key and its payload. */
    public record Keyed(String key, Object payload) {
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
        for (int i = 0; i < events.size(); i++) {
            ids[i] = UUID.randomUUID().toString();
            keys[i] = events.get(i).key();
            payloads[i] = toJson(events.get(i).payload());
        }
        round.add(INSERT_ALL, topic, type, BusinessTime.now(), ids, keys, payloads);
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
