package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the contract's topics exist with the right shape (the programs topic compacted)
 * before anyone auto-creates them wrongly, and that the topics carrying personal data have the
 * configured retention, whether this service created them or found them (SPEC 9). Either service
 * may start first, so both run it; a broker that is down delays it to a background retry instead
 * of failing the start. On a broker enforcing ACLs (deploy/kafka/acls.txt) a service may create and
 * configure only the topics it writes: the others are left, logged, to the service that owns them.
 * Off ({@code APP_KAFKA_PROVISION=false}) where the topics are managed elsewhere (Strimzi).
 */
@ApplicationScoped
public class TopicProvisioner {

    @Inject
    KafkaClientSettings kafka;

    @Inject
    TopicsConfig shape;

    /** In the background, so a broker that is down does not slow the start of the service. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!shape.provision()) {
            Log.info("Kafka topic provisioning is off (app.kafka.provision=false): the topics are managed elsewhere");
            return;
        }
        Thread provisioner = new Thread(this::provisionUntilDone, "topic-provisioner");
        provisioner.setDaemon(true);
        provisioner.start();
    }

    private void provisionUntilDone() {
        long pause = 1_000;
        while (!provision(Duration.ofSeconds(10))) {
            try {
                TimeUnit.MILLISECONDS.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 30_000);
        }
    }

    /** Creates what is missing and sets the retention, once; false when the broker could not be reached. */
    public boolean provision(Duration timeout) {
        Properties props = kafka.properties();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "topic-provisioner");
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = Topics.ALL.stream().map(this::newTopic).toList();
            var results = admin.createTopics(topics).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    Log.infof("Created topic %s", entry.getKey());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicAuthorizationException) {
                        Log.infof("Not authorised to create topic %s: left to the service that owns it", entry.getKey());
                    } else if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            limitRetention(admin, timeout);
            return true;
        } catch (Exception e) {
            Log.warnf("Could not provision Kafka topics yet (%s); will retry", e.getMessage());
            return false;
        }
    }

    /** Sets retention.ms on every topic that carries personal data: those created before too. */
    private void limitRetention(Admin admin, Duration timeout) throws Exception {
        AlterConfigOp retention = new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(shape.retention().toMillis())), AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        Topics.ALL.stream().filter(Topics::carriesPersonalData).forEach(topic ->
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(retention)));
        List<String> set = new ArrayList<>();
        for (var result : admin.incrementalAlterConfigs(changes).values().entrySet()) {
            try {
                result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                set.add(result.getKey().name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicAuthorizationException)) {
                    throw e;
                }
                Log.debugf("Not authorised to set the retention of %s: left to the service that owns it",
                        result.getKey().name());
            }
        }
        Log.infof("Retention %s set on %s", shape.retention(), set);
    }

    private NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name, shape.partitions(), shape.replicationFactor());
        if (Topics.isCompacted(name)) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        } else if (Topics.carriesPersonalData(name)) {
            topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(shape.retention().toMillis())));
        }
        return topic;
    }
}
