package id.go.bartim.pelatihan.platform.messaging;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Properties;

/**
 * The one way this code base makes a Kafka producer of its own (outbox relay, dead letters, DLQ replay):
 * idempotent with {@code acks=all}, so retries neither lose nor reorder records; bounded waits, so a
 * missing broker surfaces as an error the caller retries rather than a thread blocked for ever. It connects
 * with the service's {@code kafka.*} settings ({@link KafkaClientSettings}).
 */
public final class ReliableProducer {

    /** How long the producer keeps trying one record before its send fails. */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    /** How long to wait on a send's result: longer than {@link #DELIVERY_TIMEOUT}, so the producer decides first. */
    public static final Duration SEND_WAIT = DELIVERY_TIMEOUT.plusSeconds(5);

    private final KafkaClientSettings settings;
    private final String clientId;
    private KafkaProducer<String, String> producer;

    /** A producer made on first use and replaced after a failure ({@link #reset}). */
    public ReliableProducer(KafkaClientSettings settings, String clientId) {
        this.settings = settings;
        this.clientId = clientId;
    }

    public synchronized KafkaProducer<String, String> get() {
        if (producer == null) {
            producer = create(settings, clientId);
        }
        return producer;
    }

    /**
     * Drops {@code failed} after a failure (an idempotent producer in error state must be replaced), unless another
     * thread has replaced it already: a producer that others are still sending with is not closed under them.
     */
    public synchronized void reset(KafkaProducer<String, String> failed) {
        if (producer != null && producer == failed) {
            close();
        }
    }

    /** Closes the producer (shutdown); the next {@link #get()} makes a new one. */
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    /** A producer of its own, for a caller that closes it (try-with-resources). */
    public static KafkaProducer<String, String> create(KafkaClientSettings settings, String clientId) {
        Properties props = settings.properties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
