package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.ExportedMetrics;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 12: {@code /q/metrics} shows latency as histogram buckets and the stuck-consumer gauges, and every metric the
 * alerts and dashboards may use ({@code deploy/prometheus/metrics/rutan-service.txt}, checked by deploy-checks)
 * really is exported, once the traffic that creates it (a request, a decision, a parked event) has happened.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class MetricsExportTest {

    @Inject
    EventProcessor processor;

    @Inject
    DecisionConsumer consumer;

    @Test
    void latencies_are_histograms_and_every_listed_metric_is_exported() throws IOException {
        String id = enrolled(runningClass(program(80), 5), inmate());
        accept(id);
        processor.processBatch(DecisionConsumer.CONSUMER, List.of(poison()), consumer::apply);

        Set<String> exported = await().atMost(Duration.ofSeconds(20)).until(ExportedMetrics::names,
                names -> names.contains("outbox_publish_lag_seconds_bucket"));
        for (String histogram : List.of("http_server_requests_seconds", "enrollment_decision_latency_seconds",
                "outbox_publish_lag_seconds")) {
            assertTrue(exported.contains(histogram + "_bucket"), histogram + " has buckets: " + exported);
        }
        String text = given().get("/q/metrics").asString();
        assertTrue(text.contains("enrollment_decision_latency_seconds_bucket{le=\"1.0\",outcome=\"accepted\"}")
                || text.contains("enrollment_decision_latency_seconds_bucket{outcome=\"accepted\",le=\"1.0\"}"),
                "the decision latency has its fixed buckets");
        assertTrue(!text.contains("enrollment_decision_latency_seconds{"), "no client-side percentiles");
        for (String gauge : List.of("messaging_stuck_partitions", "messaging_failing_partitions",
                "messaging_stopped_channels", "enrollments_pending_oldest_age_seconds")) {
            assertTrue(exported.contains(gauge), gauge + " is exported");
        }
        ExportedMetrics.assertListedExported("rutan-service", exported);
    }

    @Test
    void health_ready_is_1_while_the_readiness_checks_are_up() {
        given().get("/q/health/ready").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/metrics").asString().lines()
                .anyMatch(line -> line.startsWith("health_ready") && line.endsWith(" 1.0")));
    }

    /** A decision record of an unknown type: parked on the DLQ, which creates the DLQ counter. */
    private static ConsumerRecord<String, String> poison() {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.DECISIONS, key, "id.go.bartim.unknown.v1",
                UUID.randomUUID(), "{}");
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DECISIONS, 0, 9_000_000L, key, "{}");
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
