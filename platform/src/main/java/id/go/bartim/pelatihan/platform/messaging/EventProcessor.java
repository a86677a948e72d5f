package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.inbox.ProcessedEvents;
import id.go.bartim.pelatihan.platform.persistence.Failures;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs consumed events through the idempotent-consumer pattern: a transaction that records the
 * {@code ce_id} and applies the side effect together, acting as {@code event:<ce_source>} (so the audit lines of its
 * writes name the event). Failures are retried in place, which keeps the
 * partition, and so per-key order, waiting rather than skipping ahead: a database that is down or a
 * lost race is retried until it passes ({@link StuckConsumers} reports a partition that stays stuck);
 * any other error is given five attempts. An event that still fails after them is given to the consumer's
 * {@link LastResort}, if it has one; a poison message, or a failing event the last resort does not settle,
 * is parked on {@code <topic>.dlq} by {@link DeadLetters} (acknowledged by the broker first), and the
 * consumer goes on. The methods return normally once every record is applied, recognised as a
 * duplicate or parked; only then does the channel acknowledge them. If they throw (shutdown interrupts
 * a wait, or an Error), the channel's {@code fail} strategy stops it without committing, and the
 * records are consumed again after a restart. Each event is handled under its own consumer span, child of its
 * record's {@code traceparent} ({@link EventTracing}), so what it writes carries its trace on.
 */
@ApplicationScoped
public class EventProcessor {

    private static final int ATTEMPTS = 5;
    private static final int BATCH_ATTEMPTS = 3;

    @Inject
    ProcessedEvents processed;

    @Inject
    MeterRegistry registry;

    @Inject
    DeadLetters deadLetters;

    @Inject
    StuckConsumers stuck;

    @Inject
    EntityManager em;

    @Inject
    ExpectedSources sources;

    @Inject
    EventTracing tracing;

    /** When each consumer last handled an event, for the health check. */
    private final ConcurrentMap<String, Instant> lastHandled = new ConcurrentHashMap<>();

    /** What became of one record. */
    public enum Outcome {
        /** Its side effect was applied. */
        APPLIED,
        /** Its {@code ce_id} was seen before: nothing done. */
        DUPLICATE,
        /** It kept failing and the consumer's {@link LastResort} settled it. */
        SETTLED,
        /** It is (again) on {@code <topic>.dlq}. */
        PARKED
    }

    /** One record in its own transaction (channels of rare events). */
    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        try {
            IncomingEvent event = accepted(record);
            if (event != null) {
                EventTracing.Traced traced = tracing.event(consumer, record, event);
                try (Scope scope = traced.open()) {
                    processOne(consumer, record, event, handler::accept, null, true);
                } finally {
                    traced.end();
                }
            }
        } catch (RuntimeException | Error e) {
            stuck.stopped(consumer, e);
            throw e;
        }
    }

    /**
     * A record taken back from the DLQ, run through the consumer's own handler on the caller's thread as if consumed
     * again: deduplicated by {@code ce_id}, given the same attempts, parked again if it still fails. A failure that
     * would pass by itself (the database down) is not waited out here: after {@value #ATTEMPTS} attempts it throws
     * {@link ReplayInterrupted}, and the record stays where it was.
     */
    public Outcome replay(String consumer, ConsumerRecord<String, String> record, BatchHandler handler,
            LastResort lastResort) {
        IncomingEvent event = accepted(record);
        if (event == null) {
            return Outcome.PARKED;
        }
        // the parked record kept its traceparent: the replay continues the event's own trace
        EventTracing.Traced traced = tracing.event(consumer, record, event);
        try (Scope scope = traced.open()) {
            return processOne(consumer, record, event, handler, lastResort, false);
        } finally {
            traced.end();
        }
    }

    /** A replay that met a failure which passes by itself; nothing of the record was applied. */
    public static class ReplayInterrupted extends RuntimeException {
        ReplayInterrupted(RuntimeException cause) {
            super("replay stopped on a transient failure: " + cause.getClass().getSimpleName(), cause, false, false);
        }
    }

    /**
     * One event in its own transaction, retried in place. A poison message, or a non-transient failure
     * after {@value #ATTEMPTS} attempts, is parked on the DLQ. Live consumers wait out transient failures; a replay
     * ({@code live} false) gives up on them.
     */
    private Outcome processOne(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
            BatchHandler handler, LastResort lastResort, boolean live) {
        String where = (live ? "" : "dlq-replay.") + where(consumer, record);
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!processed.firstDelivery(consumer, event.id())) {
                        return false;
                    }
                    CurrentActor.actingAs(CurrentActor.Acting.event(event.source(), event.id()),
                            () -> handler.accept(event));
                    handler.flush();
                    return true;
                });
                Log.infof("event %s ce_id=%s key=%s %s", event.type(), event.id(), event.key(),
                        applied ? "applied" : "duplicate, skipped");
                consumed(record, event, applied);
                lastHandled.put(consumer, Instant.now());
                stuck.recovered(where);
                return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (PoisonMessageException e) {
                EventTracing.failed(e);
                deadLetters.park(record, event.type(), e);
                stuck.recovered(where);
                return Outcome.PARKED;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS && !isTransient(e)) {
                    Outcome outcome;
                    if (settled(consumer, event, lastResort, e)) {
                        consumed(record, event, true);
                        lastHandled.put(consumer, Instant.now());
                        outcome = Outcome.SETTLED;
                    } else {
                        Log.errorf("event %s ce_id=%s failed %d times, sending to DLQ: %s", event.type(),
                                event.id(), attempt, Failures.describe(e));
                        EventTracing.failed(e);
                        deadLetters.park(record, event.type(), e);
                        outcome = Outcome.PARKED;
                    }
                    stuck.recovered(where);
                    return outcome;
                }
                if (!live && attempt >= ATTEMPTS) {
                    stuck.recovered(where);
                    throw new ReplayInterrupted(e);
                }
                stuck.failing(where);
                Log.warnf("event %s ce_id=%s attempt %d failed (%s), retrying", event.type(), event.id(),
                        attempt, Failures.describe(e));
                pause(Math.min(5_000L, 100L << Math.min(attempt, 6)));
            }
        }
    }

    /**
     * Gives an event that keeps failing to the consumer's last resort, in a transaction of its own that records the
     * {@code ce_id} too; whether it settled the event (false: no last resort, or it threw, and nothing of it is kept).
     */
    private boolean settled(String consumer, IncomingEvent event, LastResort lastResort, RuntimeException failure) {
        if (lastResort == null) {
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (processed.firstDelivery(consumer, event.id())) {
                    CurrentActor.actingAs(CurrentActor.Acting.event(event.source(), event.id()),
                            () -> lastResort.settle(event));
                }
            });
            Log.warnf("event %s ce_id=%s key=%s failed %d times (%s): settled by the consumer's last resort",
                    event.type(), event.id(), event.key(), ATTEMPTS, Failures.describe(failure));
            return true;
        } catch (RuntimeException e) {
            Log.warnf("event %s ce_id=%s: the last resort did not settle it either (%s)", event.type(), event.id(),
                    e instanceof PoisonMessageException ? e.getMessage() : Failures.describe(e));
            return false;
        }
    }

    /**
     * Runs a polled batch through the same pattern in ONE transaction: every event's {@code ce_id}
     * is recorded and its side effect applied, in the order consumed (per partition, so per key),
     * and all commit together, which costs one commit and one round of locks for the whole batch.
     * A batch that fails for a transient reason (a deadlock with another consumer, say) is tried again
     * as a whole, up to {@value #BATCH_ATTEMPTS} times; otherwise nothing of it is kept and it is run
     * again one event per transaction as {@link #process} does, so a poison message or a lasting
     * failure is isolated and parked while the others are applied. The handler may hold events back until told to
     * {@link BatchHandler#flush()}: before the commit, and after each event when they run one per transaction.
     */
    public void processBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
            BatchHandler handler) {
        processBatch(consumer, records, handler, null);
    }

    /** As {@link #processBatch(String, Iterable, BatchHandler)}, with a last resort for an event that keeps failing. */
    public void processBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
            BatchHandler handler, LastResort lastResort) {
        try {
            applyBatch(consumer, records, handler, lastResort);
        } catch (RuntimeException | Error e) {
            stuck.stopped(consumer, e);
            throw e;
        }
    }

    private void applyBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
            BatchHandler handler, LastResort lastResort) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<IncomingEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = accepted(record);
            if (event != null) {
                events.add(event);
                readable.add(record);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        List<EventTracing.Traced> traces = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            traces.add(tracing.event(consumer, readable.get(i), events.get(i)));
        }
        EventTracing.Traced batch = tracing.batch(consumer, readable.get(0).topic(), traces);
        try (Scope scope = batch.open()) {
            applyTraced(consumer, readable, events, traces, handler, lastResort);
        } finally {
            traces.forEach(EventTracing.Traced::end);
            batch.end();
        }
    }

    /** The batch's transaction, each event's side effect applied with its own span current. */
    private void applyTraced(String consumer, List<ConsumerRecord<String, String>> readable,
            List<IncomingEvent> events, List<EventTracing.Traced> traces, BatchHandler handler,
            LastResort lastResort) {
        long begin = System.nanoTime();
        boolean[] applied = null;
        for (int attempt = 1; applied == null; attempt++) {
            try {
                applied = QuarkusTransaction.requiringNew().call(() -> {
                    // Every ce_id recorded with one statement, then the side effects in order
                    boolean[] outcome = processed.firstDeliveries(consumer,
                            events.stream().map(IncomingEvent::id).toList());
                    for (int i = 0; i < events.size(); i++) {
                        try (Scope traced = traces.get(i).open()) {
                            if (outcome[i]) {
                                IncomingEvent event = events.get(i);
                                CurrentActor.actingAs(CurrentActor.Acting.event(event.source(), event.id()),
                                        () -> handler.accept(event));
                            }
                            // Each event starts from the database, not from entities the previous one loaded.
                            em.flush();
                            em.clear();
                        }
                    }
                    handler.flush();
                    return outcome;
                });
            } catch (RuntimeException e) {
                if (attempt < BATCH_ATTEMPTS && isTransient(e)) {
                    Log.infof("batch of %d from %s failed (%s, attempt %d); trying it again", events.size(),
                            readable.get(0).topic(), e.getClass().getSimpleName(), attempt);
                    pause(50L << attempt);
                    continue;
                }
                // The class only: a database error's message can quote a row's values (a NIK)
                Log.infof("batch of %d from %s failed as a whole (%s); applying its events one by one",
                        events.size(), readable.get(0).topic(), e.getClass().getSimpleName());
                for (int i = 0; i < events.size(); i++) {
                    try (Scope traced = traces.get(i).open()) {
                        processOne(consumer, readable.get(i), events.get(i), handler, lastResort, true);
                    }
                }
                return;
            }
        }
        int duplicates = 0;
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            duplicates += applied[i] ? 0 : 1;
            Log.debugf("event %s ce_id=%s key=%s %s", event.type(), event.id(), event.key(),
                    applied[i] ? "applied" : "duplicate, skipped");
            consumed(readable.get(i), event, applied[i]);
        }
        lastHandled.put(consumer, Instant.now());
        Log.infof("%s: batch of %d from %s in one transaction (%d duplicates skipped) in %d ms", consumer,
                events.size(), readable.get(0).topic(), duplicates, (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * The record as an event, or null once it is parked: not a CloudEvent, or not from the topic's producer (SPEC 8;
     * nothing of it is applied, and its {@code ce_id} stays free for the real event).
     */
    private IncomingEvent accepted(ConsumerRecord<String, String> record) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record);
        } catch (PoisonMessageException e) {
            deadLetters.park(record, "unreadable", e);
            return null;
        }
        if (!sources.accepts(record.topic(), event.source())) {
            deadLetters.park(record, event.type(), new PoisonMessageException(ExpectedSources.UNEXPECTED_SOURCE));
            return null;
        }
        return event;
    }

    private static String where(String consumer, ConsumerRecord<String, String> record) {
        return consumer + "." + record.topic() + "-" + record.partition();
    }

    private void consumed(ConsumerRecord<String, String> record, IncomingEvent event, boolean applied) {
        registry.counter("events.consumed", "topic", record.topic(), "type", event.type(),
                "outcome", applied ? "applied" : "duplicate").increment();
    }

    public Map<String, Instant> lastHandled() {
        return Map.copyOf(lastHandled);
    }

    /**
     * Failures that pass by themselves: no connection (SQLState class 08), a serialization failure or
     * deadlock (40001, 40P01), a lock or statement timeout (55P03, 57014), the server shutting down or out of
     * resources (57P, 53, 58), a read-only server after a fail-over (25006), and errors of the connection pool or
     * driver that carry no SQLState at all (a pool acquisition timeout, a closed pool): the data never causes those.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                        || state.startsWith("58") || state.equals("40001") || state.equals("40P01")
                        || state.equals("55P03") || state.equals("57014") || state.equals("25006")) {
                    return true;
                }
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
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
