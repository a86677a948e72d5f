package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitStatus;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decision-latency metric counts each decision once, also when its batch was undone and replayed. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class DecisionLatencyMetricTest {

    private static final AtomicLong OFFSET = new AtomicLong(1_000_000);

    @Inject
    EventProcessor processor;

    @Inject
    DecisionConsumer consumer;

    @Inject
    MeterRegistry registry;

    @Test
    void a_decision_in_a_batch_replayed_one_by_one_is_timed_once() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        long before = accepted();

        // The poison record fails the batch as a whole: it is undone, then replayed one event at a time.
        processor.processBatch(DecisionConsumer.CONSUMER, List.of(
                record(id, EventTypes.ENROLLMENT_ACCEPTED, """
                        {"enrollmentId": "%s", "year": %d, "decidedAt": "%s"}"""
                        .formatted(id, OffsetDateTime.now(WIB).getYear(), OffsetDateTime.now(WIB))),
                record(UUID.randomUUID().toString(), "id.go.bartim.unknown.v1", "{}")), consumer::apply);

        awaitStatus(id, "ACCEPTED");
        assertEquals(before + 1, accepted());
    }

    private long accepted() {
        Timer timer = registry.find("enrollment.decision.latency").tag("outcome", "accepted").timer();
        return timer == null ? 0 : timer.count();
    }

    private static ConsumerRecord<String, String> record(String key, String type, String json) {
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.DECISIONS, key, type, UUID.randomUUID(),
                json);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DECISIONS, 0, OFFSET.incrementAndGet(),
                key, json);
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
