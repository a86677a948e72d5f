package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.platform.messaging.TopicProvisioner;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topics that carry personal data get an explicit retention.ms (SPEC 9), also when they already existed. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class TopicRetentionTest {

    private static final String THIRTY_DAYS = Long.toString(Duration.ofDays(30).toMillis());

    @Inject
    TopicProvisioner provisioner;

    @Test
    void topics_carrying_personal_data_have_the_configured_retention_and_the_others_the_brokers() throws Exception {
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String topic : Topics.ALL) {
                    String retention = retentionOf(admin, topic);
                    if (Topics.carriesPersonalData(topic)) {
                        assertEquals(THIRTY_DAYS, retention, topic);
                    } else {
                        assertNotEquals(THIRTY_DAYS, retention, topic);
                    }
                }
            });
        }
    }

    @Test
    void a_topic_that_already_exists_with_another_retention_is_given_the_configured_one() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource enrollments = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENROLLMENTS);
            admin.incrementalAlterConfigs(Map.of(enrollments, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET))))
                    .all().get();
            await().atMost(Duration.ofSeconds(10)).until(() -> "-1".equals(retentionOf(admin, Topics.ENROLLMENTS)));

            assertTrue(provisioner.provision(Duration.ofSeconds(10)));

            assertEquals(THIRTY_DAYS, retentionOf(admin, Topics.ENROLLMENTS));
        }
    }

    private static String retentionOf(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.RETENTION_MS_CONFIG).value();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.bootstrapServers()));
    }
}
