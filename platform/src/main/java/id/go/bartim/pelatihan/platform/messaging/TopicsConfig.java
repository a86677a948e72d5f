package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The shape of the topics {@link TopicProvisioner} creates; a topic that exists is left as it is. */
@ConfigMapping(prefix = "app.kafka")
public interface TopicsConfig {

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();
}
