package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.DeadLetterHeaders;
import id.go.bartim.pelatihan.contract.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Parks a record on {@code <topic>.dlq} for every consumer ({@link EventProcessor}), with the header names
 * SmallRye's {@code dead-letter-queue} strategy uses (so {@link DlqReplayer} and operators read them alike).
 * The send is acknowledged (acks=all) before the caller moves on, so the record's offset is committed
 * only after it is safe in the DLQ; while the broker cannot take it, the consumer waits and tries again
 * (nothing is consumed without a broker anyway; the partition shows as failing in readiness). A DLQ replay parks
 * within the deadline of its request instead ({@link #within}): past it, {@link BrokerUnavailable}.
 */
@ApplicationScoped
public class DeadLetters {

    private static final long MAX_PAUSE_MS = 5_000;

    @Inject
    StuckConsumers stuck;

    @Inject
    KafkaClientSettings kafka;

    @Inject
    MeterRegistry registry;

    /** The deadline of the DLQ replay running on this thread; null for the live consumers (they wait for ever). */
    private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

    private ReliableProducer producer;
    private boolean closed;

    /** The broker did not take a record before the deadline of the replay that parked it. */
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs {@code work} (a DLQ replay) with every park on this thread bounded by {@code deadline}: one the broker has
     * not acknowledged by then throws {@link BrokerUnavailable}, and the record stays where it was in the DLQ.
     */
    static <T> T within(Instant deadline, Supplier<T> work) {
        Instant outer = DEADLINE.get();
        DEADLINE.set(deadline);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    public void park(ConsumerRecord<String, String> record, String type, Throwable reason) {
        // Our own poison messages name the problem, never personal data; other errors are logged by class only
        Log.warnf("poison message on %s partition %d offset %d (%s): %s, sending to DLQ",
                record.topic(), record.partition(), record.offset(), type,
                reason instanceof PoisonMessageException ? reason.getMessage() : reason.getClass().getSimpleName());
        ProducerRecord<String, String> parked = new ProducerRecord<>(Topics.dlq(record.topic()), null, record.key(),
                record.value(), headers(record, reason));
        // Reported per partition, like the consumers' own retries: the partition waits while this one does.
        String where = "dead-letters." + record.topic() + "-" + record.partition();
        Instant deadline = DEADLINE.get();
        for (int attempt = 1; ; attempt++) {
            KafkaProducer<String, String> sender = producer().get();
            try {
                long wait = deadline == null ? ReliableProducer.SEND_WAIT.toMillis()
                        : Math.max(1, Math.min(ReliableProducer.SEND_WAIT.toMillis(),
                                Duration.between(Instant.now(), deadline).toMillis()));
                sender.send(parked).get(wait, TimeUnit.MILLISECONDS);
                registry.counter("events.dlq", "topic", record.topic(), "type", type).increment();
                stuck.recovered(where);
                return;
            } catch (InterruptedException e) {
                // Shutting down: the batch is not acknowledged, so the record comes back after the restart.
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while parking a record on the DLQ", e);
            } catch (Exception e) {
                Log.warnf("could not park %s offset %d on the DLQ (attempt %d): %s", record.topic(), record.offset(),
                        attempt, e.getClass().getSimpleName());
                producer.reset(sender);
                long pause = Math.min(MAX_PAUSE_MS, 100L << Math.min(attempt, 6));
                if (deadline != null && Instant.now().plusMillis(pause).isAfter(deadline)) {
                    throw new BrokerUnavailable("could not park a replayed record on " + parked.topic()
                            + " before the deadline of the replay");
                }
                stuck.failing(where);
                EventProcessor.pause(pause);
            }
        }
    }

    static RecordHeaders headers(ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        add(headers, DeadLetterHeaders.REASON, describe(reason));
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS_NAME, reason.getClass().getName());
        Throwable cause = reason.getCause();
        if (cause != null && cause != reason) {
            add(headers, DeadLetterHeaders.CAUSE, describe(cause));
            add(headers, DeadLetterHeaders.CAUSE_CLASS_NAME, cause.getClass().getName());
        }
        add(headers, DeadLetterHeaders.TOPIC, record.topic());
        add(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        return headers;
    }

    /**
     * What went wrong, for the header: our own poison messages name the problem and never personal data, so their
     * message is kept; any other failure only by class and, for a database error, SQLState (a database message can
     * quote a row's values, a NIK among them).
     */
    static String describe(Throwable failure) {
        if (failure instanceof PoisonMessageException) {
            return String.valueOf(failure.getMessage());
        }
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                text.append(" (SQLState ").append(sql.getSQLState()).append(')');
                break;
            }
        }
        return text.append(" (message withheld)").toString();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Made on the first poison message: a service that never parks anything keeps no producer. */
    private synchronized ReliableProducer producer() {
        if (closed) {
            throw new IllegalStateException("Shutting down: nothing more is parked");
        }
        if (producer == null) {
            producer = new ReliableProducer(kafka, "dead-letters");
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close();
        }
    }
}
