package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.function.Consumer;

/**
 * Runs one consumed event through the idempotent-consumer pattern: a transaction that records the
 * {@code ce_id} and applies the side effect together. Poison messages propagate (the channel's
 * failure strategy moves them to the DLQ); failures are retried in place, which keeps the
 * partition, and so per-key order, waiting rather than skipping ahead. A database that is down or
 * a lost race is retried until it passes; any other error is given five attempts, then the DLQ.
 */
@ApplicationScoped
public class EventProcessor {

    private static final int ATTEMPTS = 5;

    @Inject
    ProcessedEvents processed;

    @Inject
    MeterRegistry registry;

    /** When each consumer last handled an event, for the health check. */
    private final java.util.concurrent.ConcurrentMap<String, java.time.Instant> lastHandled =
            new java.util.concurrent.ConcurrentHashMap<>();

    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record);
        } catch (PoisonMessageException e) {
            rejected(record, "unreadable", e);
            throw e;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!processed.firstDelivery(consumer, event.id())) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                Log.infof("event %s ce_id=%s key=%s %s", event.type(), event.id(), event.key(),
                        applied ? "applied" : "duplicate, skipped");
                registry.counter("events.consumed", "topic", record.topic(), "type", event.type(),
                        "outcome", applied ? "applied" : "duplicate").increment();
                lastHandled.put(consumer, java.time.Instant.now());
                return;
            } catch (PoisonMessageException e) {
                rejected(record, event.type(), e);
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS && !isTransient(e)) {
                    Log.errorf("event %s ce_id=%s failed %d times, sending to DLQ: %s", event.type(), event.id(),
                            attempt, e.getClass().getSimpleName());
                    registry.counter("events.dlq", "topic", record.topic(), "type", event.type()).increment();
                    throw e;
                }
                Log.warnf("event %s ce_id=%s attempt %d failed (%s), retrying", event.type(), event.id(),
                        attempt, e.getClass().getSimpleName());
                pause(Math.min(5_000L, 100L << Math.min(attempt, 6)));
            }
        }
    }

    public java.util.Map<String, java.time.Instant> lastHandled() {
        return java.util.Map.copyOf(lastHandled);
    }

    /**
     * Failures that pass by themselves: no connection (SQLState class 08), a serialization failure or
     * deadlock (40001, 40P01), a lock or statement timeout (55P03, 57014), the server shutting down (57P).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("40001")
                        || state.equals("40P01") || state.equals("55P03") || state.equals("57014")) {
                    return true;
                }
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }

    private void rejected(ConsumerRecord<String, String> record, String type, PoisonMessageException e) {
        Log.warnf("poison message on %s partition %d offset %d (%s): %s, sending to DLQ",
                record.topic(), record.partition(), record.offset(), type, e.getMessage());
        registry.counter("events.dlq", "topic", record.topic(), "type", type).increment();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
