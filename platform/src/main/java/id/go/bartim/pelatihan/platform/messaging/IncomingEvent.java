package id.go.bartim.pelatihan.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bartim.pelatihan.contract.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A consumed CloudEvent in Kafka binary mode: the {@code ce_*} headers and the JSON data. */
public record IncomingEvent(UUID id, String type, String source, String key, String data) {

    /** Reads the headers; a record that is not a CloudEvent is a poison message. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new PoisonMessageException("missing ce_id or ce_type header");
        }
        if (record.value() == null) {
            throw new PoisonMessageException("record has no value");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, header(record, CloudEventHeaders.SOURCE),
                    record.key(), record.value());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("ce_id is not a UUID");
        }
    }

    /**
     * Parses the data into the contract record of its type; missing required fields are poison.
     * Unknown fields are tolerated (a newer producer may add some). The reader is derived once per
     * call from the shared mapper without copying it: cheap on the per-event path.
     */
    public <T> T data(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (Exception e) {
            throw new PoisonMessageException("data of " + this.type + " is not valid JSON for "
                    + type.getSimpleName() + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * As {@link #data}, leaving out one member of the data: for a consumer that can still act on an event part of
     * which cannot be bound (text PostgreSQL cannot store, a wrong type). Still poison if the rest cannot be bound.
     */
    public <T> T dataWithout(ObjectMapper mapper, Class<T> type, String member) {
        try {
            JsonNode tree = mapper.readTree(data);
            if (tree instanceof ObjectNode object) {
                object.remove(member);
            }
            return mapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tree);
        } catch (Exception e) {
            throw new PoisonMessageException("data of " + this.type + " without " + member + " is not valid JSON for "
                    + type.getSimpleName() + ": " + e.getClass().getSimpleName());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
