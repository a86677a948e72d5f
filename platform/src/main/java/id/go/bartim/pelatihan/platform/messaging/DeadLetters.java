package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.DeadLetterHeaders;
import id.go.bartim.pelatihan.contract.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Parks a record on {@code <topic>.dlq} for the batch consumers, with the headers SmallRye's
 * {@code dead-letter-queue} strategy writes (so {@link DlqReplayer} and operators read both alike).
 * The send is acknowledged (acks=all) before the caller moves on, so the batch's offsets are
 * committed only after the record is safe in the DLQ; while the broker cannot take it, the consumer
 * waits and tries again (nothing is consumed without a broker anyway).
 */
@ApplicationScoped
public class DeadLetters {

    private static final long MAX_PAUSE_MS = 5_000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeterRegistry registry;

    private ReliableProducer producer;


    public void park(ConsumerRecord<String, String> record, String type, Throwable reason) {
        // Our own poison messages name the problem, never personal data; other errors are logged by class only
        Log.warnf("poison message on %s partition %d offset %d (%s): %s, sending to DLQ",
                record.topic(), record.partition(), record.offset(), type,
                reason instanceof PoisonMessageException ? reason.getMessage() : reason.getClass().getSimpleName());
        ProducerRecord<String, String> parked = new ProducerRecord<>(Topics.dlq(record.topic()), null, record.key(),
                record.value(), headers(record, reason));
        for (int attempt = 1; ; attempt++) {
            try {
                producer().get().send(parked).get(30, TimeUnit.SECONDS);
                registry.counter("events.dlq", "topic", record.topic(), "type", type).increment();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while parking a record on the DLQ", e);
            } catch (Exception e) {
                Log.warnf("could not park %s offset %d on the DLQ (attempt %d): %s", record.topic(), record.offset(),
                        attempt, e.getMessage());
                producer().reset();
                EventProcessor.pause(Math.min(MAX_PAUSE_MS, 100L << Math.min(attempt, 6)));
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
        add(headers, DeadLetterHeaders.REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS_NAME, reason.getClass().getName());
        Throwable cause = reason.getCause();
        if (cause != null && cause != reason) {
            add(headers, DeadLetterHeaders.CAUSE, String.valueOf(cause.getMessage()));
            add(headers, DeadLetterHeaders.CAUSE_CLASS_NAME, cause.getClass().getName());
        }
        add(headers, DeadLetterHeaders.TOPIC, record.topic());
        add(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Made on the first poison message: a service that never parks anything keeps no producer. */
    private synchronized ReliableProducer producer() {
        if (producer == null) {
            producer = new ReliableProducer(bootstrapServers, "dead-letters");
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.reset();
        }
    }
}
