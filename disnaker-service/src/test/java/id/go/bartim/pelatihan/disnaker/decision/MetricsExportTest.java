package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
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
import java.util.concurrent.atomic.AtomicLong;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 12: {@code /q/metrics} shows latency as histogram buckets and the stuck-consumer gauges, and every metric the
 * alerts and dashboards may use ({@code deploy/prometheus/metrics/disnaker-service.txt}, checked by deploy-checks)
 * really is exported, once the traffic that creates it (a request, a published decision, a parked event) happened.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class MetricsExportTest {

    private static final AtomicLong OFFSET = new AtomicLong(7_000_000);

    @Inject
    EventProcessor processor;

    @Inject
    EnrollmentEventConsumer consumer;

    @Test
    void latencies_are_histograms_and_every_listed_metric_is_exported() throws IOException {
        String id = UUID.randomUUID().toString();
        processor.processBatch(EnrollmentEventConsumer.CONSUMER, List.of(
                record(id, EventTypes.ENROLLMENT_REQUESTED, requestedJson(id, person(true), program(), openYear(),
                        "RUTAN-TML")),
                record(UUID.randomUUID().toString(), "id.go.bartim.unknown.v1", "{}")), consumer);
        given().get("/q/health/ready");

        Set<String> exported = await().atMost(Duration.ofSeconds(20)).until(ExportedMetrics::names,
                names -> names.contains("outbox_publish_lag_seconds_bucket"));
        for (String histogram : List.of("http_server_requests_seconds", "outbox_publish_lag_seconds")) {
            assertTrue(exported.contains(histogram + "_bucket"), histogram + " has buckets: " + exported);
        }
        for (String gauge : List.of("messaging_stuck_partitions", "messaging_failing_partitions",
                "messaging_stopped_channels")) {
            assertTrue(exported.contains(gauge), gauge + " is exported");
        }
        ExportedMetrics.assertListedExported("disnaker-service", exported);
    }

    private static ConsumerRecord<String, String> record(String key, String type, String json) {
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.ENROLLMENTS, key, type, UUID.randomUUID(),
                json);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ENROLLMENTS, 0, OFFSET.incrementAndGet(),
                key, json);
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
