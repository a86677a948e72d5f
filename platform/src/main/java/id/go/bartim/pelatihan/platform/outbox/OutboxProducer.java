package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.messaging.ReliableProducer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The relay's Kafka producer: idempotent, acks=all, so retries neither lose nor reorder records. */
@ApplicationScoped
public class OutboxProducer {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ReliableProducer producer;

    synchronized KafkaProducer<String, String> get() {
        if (producer == null) {
            producer = new ReliableProducer(bootstrapServers, "outbox-relay");
        }
        return producer.get();
    }

    Duration deliveryTimeout() {
        return ReliableProducer.DELIVERY_TIMEOUT;
    }

    /** Drops the producer after a failure; an idempotent producer in error state must be replaced. */
    synchronized void reset() {
        if (producer != null) {
            producer.reset();
        }
    }

    @PreDestroy
    void close() {
        reset();
    }
}
