package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Properties;

/**
 * The service's {@code kafka.*} configuration (bootstrap servers and, in production, the security protocol, SASL
 * and TLS settings) for the Kafka clients this code base makes itself: the outbox relay, dead letters, DLQ
 * replay, topic provisioning and the health check. They connect exactly as the SmallRye channels do.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> broker;

    @Inject
    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
    }

    public String bootstrapServers() {
        return String.valueOf(broker.get("bootstrap.servers"));
    }

    /** A fresh copy of the shared settings, for a client to add its own to. */
    public Properties properties() {
        Properties props = new Properties();
        props.putAll(broker);
        return props;
    }
}
