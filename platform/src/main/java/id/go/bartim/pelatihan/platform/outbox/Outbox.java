package id.go.bartim.pelatihan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** Writes an event into the outbox as part of the caller's transaction (never on its own). */
@ApplicationScoped
public class Outbox {


    @Inject
    ObjectMapper mapper;

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String key, String type, Object payload) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.topic = topic;
        message.messageKey = key;
        message.eventType = type;
        message.payload = toJson(payload);
        message.occurredAt = OffsetDateTime.now(WIB);
        message.persist();
        appended.fire(new OutboxAppended(message.eventId));
        Log.debugf("outbox %s %s key=%s ce_id=%s", topic, type, key, message.eventId);
        return message.eventId;
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
