package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
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

    @Inject
    DeadLetters deadLetters;

    @Inject
    EntityManager em;

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
        processOne(consumer, record, event, handler, false);
    }

    /**
     * One event in its own transaction, retried in place. A poison message, or a non-transient failure
     * after {@value #ATTEMPTS} attempts, is parked on the DLQ here when {@code park} (batch consumers),
     * else thrown for the channel's {@code dead-letter-queue} strategy.
     */
    private void processOne(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
            Consumer<IncomingEvent> handler, boolean park) {
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
                consumed(record, event, applied);
                lastHandled.put(consumer, java.time.Instant.now());
                return;
            } catch (PoisonMessageException e) {
                if (park) {
                    deadLetters.park(record, event.type(), e);
                    return;
                }
                rejected(record, event.type(), e);
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS && !isTransient(e)) {
                    Log.errorf("event %s ce_id=%s failed %d times, sending to DLQ: %s", event.type(), event.id(),
                            attempt, e.getClass().getSimpleName());
                    if (park) {
                        deadLetters.park(record, event.type(), e);
                        return;
                    }
                    registry.counter("events.dlq", "topic", record.topic(), "type", event.type()).increment();
                    throw e;
                }
                Log.warnf("event %s ce_id=%s attempt %d failed (%s), retrying", event.type(), event.id(),
                        attempt, e.getClass().getSimpleName());
                pause(Math.min(5_000L, 100L << Math.min(attempt, 6)));
            }
        }
    }

    /**
     * Runs a polled batch through the same pattern in ONE transaction: every event's {@code ce_id}
     * is recorded and its side effect applied, in the order consumed (per partition, so per key),
     * and all commit together, which costs one commit and one round of locks for the whole batch.
     * If anything in the batch fails, nothing of it is kept and the batch is run again one event
     * per transaction exactly as {@link #process} does, so a poison message or a lasting failure is
     * isolated and parked on {@code <topic>.dlq} while the others are applied. Returns normally once
     * every record is either applied, recognised as a duplicate or parked; the caller acknowledges
     * the batch after that.
     */
    public void processBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
            Consumer<IncomingEvent> handler) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<IncomingEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(IncomingEvent.of(record));
                readable.add(record);
            } catch (PoisonMessageException e) {
                deadLetters.park(record, "unreadable", e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        long begin = System.nanoTime();
        boolean[] applied;
        try {
            applied = QuarkusTransaction.requiringNew().call(() -> {
                boolean[] outcome = new boolean[events.size()];
                for (int i = 0; i < events.size(); i++) {
                    outcome[i] = processed.firstDelivery(consumer, events.get(i).id());
                    if (outcome[i]) {
                        handler.accept(events.get(i));
                    }
                    // Each event starts from the database, not from entities the previous one loaded.
                    em.flush();
                    em.clear();
                }
                return outcome;
            });
        } catch (RuntimeException e) {
            // The class only: a database error's message can quote a row's values (a NIK)
            Log.infof("batch of %d from %s failed as a whole (%s); applying its events one by one",
                    events.size(), readable.get(0).topic(), e.getClass().getSimpleName());
            for (int i = 0; i < events.size(); i++) {
                processOne(consumer, readable.get(i), events.get(i), handler, true);
            }
            return;
        }
        int duplicates = 0;
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            duplicates += applied[i] ? 0 : 1;
            Log.debugf("event %s ce_id=%s key=%s %s", event.type(), event.id(), event.key(),
                    applied[i] ? "applied" : "duplicate, skipped");
            consumed(readable.get(i), event, applied[i]);
        }
        lastHandled.put(consumer, java.time.Instant.now());
        Log.infof("%s: batch of %d from %s in one transaction (%d duplicates skipped) in %d ms", consumer,
                events.size(), readable.get(0).topic(), duplicates, (System.nanoTime() - begin) / 1_000_000);
    }

    private void consumed(ConsumerRecord<String, String> record, IncomingEvent event, boolean applied) {
        registry.counter("events.consumed", "topic", record.topic(), "type", event.type(),
                "outcome", applied ? "applied" : "duplicate").increment();
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

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
