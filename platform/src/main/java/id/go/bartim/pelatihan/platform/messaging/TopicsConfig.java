package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The shape of the topics {@link TopicProvisioner} creates. A topic that exists keeps its partitions and replicas;
 * only its retention is set (SPEC 9).
 */
@ConfigMapping(prefix = "app.kafka")
public interface TopicsConfig {

    /**
     * Whether the service creates the topics at start and sets their retention ({@code APP_KAFKA_PROVISION}); off
     * where something else owns the topics (Strimzi's {@code KafkaTopic} resources).
     */
    @WithDefault("true")
    boolean provision();

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** {@code retention.ms} of the topics that carry personal data ({@code APP_KAFKA_RETENTION}). */
    @WithDefault("P30D")
    Duration retention();
}
