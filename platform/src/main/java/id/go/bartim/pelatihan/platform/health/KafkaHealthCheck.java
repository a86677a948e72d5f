package id.go.bartim.pelatihan.platform.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import id.go.bartim.pelatihan.platform.messaging.KafkaClientSettings;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Properties;

/**
 * Reports whether the broker answers. It stays UP when the broker is down: the service keeps
 * taking requests and the outbox holds the events until the broker is back (SPEC 1).
 */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    @Inject
    KafkaClientSettings kafka;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").up().withData("bootstrapServers", kafka.bootstrapServers());
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get().size();
            return response.withData("reachable", true).withData("brokers", nodes).build();
        } catch (Exception e) {
            return response.withData("reachable", false)
                    .withData("note", "events wait in the outbox until the broker is back").build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = kafka.properties();
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
