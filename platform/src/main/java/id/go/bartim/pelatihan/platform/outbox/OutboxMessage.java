package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.tracing.TraceContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting to be published, as the relay reads it: written by {@link Outbox} in the same transaction as the
 * state change that caused it. The relay publishes rows in {@code id} order and stamps {@code published_at} only
 * after the broker acknowledged them.
 *
 * @param eventId the CloudEvents {@code ce_id}; consumers deduplicate on it
 * @param payload the CloudEvents {@code data}, as JSON text exactly as it is sent
 * @param trace the trace context of the span that wrote it, or null
 */
record OutboxMessage(long id, UUID eventId, String topic, String messageKey, String eventType, String payload,
                     OffsetDateTime occurredAt, TraceContext trace) {

    /** The oldest unpublished rows, in commit order (the partial index on unpublished ids serves it); one value: the limit. */
    static final String NEXT_BATCH = """
            select id, event_id, topic, message_key, event_type, payload, occurred_at, traceparent, tracestate
            from outbox_message where published_at is null order by id limit ?""";

    /**
     * Stamps a published batch. One statement text whatever the batch's size ({@code = any(?)} with an array, not an
     * {@code in} list of as many parameters as rows), so the database parses and plans it once per connection.
     */
    static final String MARK_PUBLISHED = "update outbox_message set published_at = ? where id = any(?)";

    /** Published rows older than the given time; {@link OutboxRetention} deletes them every day. */
    static final String PURGE = "delete from outbox_message where published_at < ?";

    static OutboxMessage read(ResultSet row) throws SQLException {
        String traceparent = row.getString(8);
        return new OutboxMessage(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getObject(7, OffsetDateTime.class),
                traceparent == null ? null : new TraceContext(traceparent, row.getString(9)));
    }
}
