package id.go.bartim.pelatihan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** Writes an event into the outbox as part of the caller's transaction (never on its own). */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_message (event_id, topic, message_key, event_type,"
            + " payload, occurred_at) values (?, ?, ?, ?, ?, ?)";

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    Event<OutboxAppended> appended;

    /**
     * Inserted at once on the transaction's connection with one plain statement, not as an {@link OutboxMessage}
     * entity: with its IDENTITY key Hibernate inserted it at once anyway, read the key back and kept the entity
     * managed to the commit (measured on the audit line, the same shape: see {@code AuditLog#record}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String key, String type, Object payload) {
        UUID eventId = UUID.randomUUID();
        String json = toJson(payload);
        OffsetDateTime occurredAt = OffsetDateTime.now(WIB);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, eventId);
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, type);
                insert.setString(5, json);
                insert.setObject(6, occurredAt);
                insert.executeUpdate();
            }
        });
        appended.fire(new OutboxAppended(eventId));
        Log.debugf("outbox %s %s key=%s ce_id=%s", topic, type, key, eventId);
        return eventId;
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass(), e);
        }
    }

    /** Fired for each appended row; the relay listens after commit to publish without waiting. */
    public record OutboxAppended(UUID eventId) {
    }
}
