package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.messaging.KafkaClientSettings;
import id.go.bartim.pelatihan.platform.messaging.ReliableProducer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;

import java.time.Duration;

/** The relay's Kafka producer: idempotent, acks=all, so retries neither lose nor reorder records. */
@ApplicationScoped
public class OutboxProducer {

    @Inject
    KafkaClientSettings kafka;

    private ReliableProducer producer;

    synchronized KafkaProducer<String, String> get() {
        if (producer == null) {
            producer = new ReliableProducer(kafka, "outbox-relay");
        }
        return producer.get();
    }

    /** How long to wait on a send: longer than the producer's own delivery timeout. */
    Duration sendWait() {
        return ReliableProducer.SEND_WAIT;
    }

    /** Drops the producer after a failure (the relay is the only thread sending with it). */
    synchronized void reset() {
        if (producer != null) {
            producer.close();
        }
    }

    @PreDestroy
    void close() {
        reset();
    }
}
