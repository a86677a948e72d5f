package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.RecordedSpans;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static id.go.bartim.pelatihan.testing.TraceIds.hex;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 12: requests of many traces decided together, set-based, each hand their own trace to their decision's event,
 * so one enrollment's trace runs unbroken and never merges with its batch neighbours'.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class DecisionTracingTest {

    private static final AtomicLong OFFSET = new AtomicLong(5_000_000);

    @Inject
    EventProcessor processor;

    @Inject
    EnrollmentEventConsumer consumer;

    @Inject
    EntityManager em;

    @Inject
    RecordedSpans spans;

    @Test
    void each_decision_of_a_batch_continues_the_trace_of_its_own_request() {
        int year = openYear();
        String code = program();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String untraced = UUID.randomUUID().toString();
        String traceA = hex(16);
        String traceB = hex(16);
        String senderA = hex(8);
        String senderB = hex(8);
        spans.watch(traceA);
        spans.watch(traceB);

        processor.processBatch(EnrollmentEventConsumer.CONSUMER, List.of(
                requested(first, code, year, "00-" + traceA + "-" + senderA + "-01"),
                requested(untraced, code, year, null),
                requested(second, code, year, "00-" + traceB + "-" + senderB + "-01")), consumer);

        SpanData consumedA = consumerSpan(traceA);
        SpanData consumedB = consumerSpan(traceB);
        assertEquals(senderA, consumedA.getParentSpanId());
        assertEquals(senderB, consumedB.getParentSpanId());
        assertEquals("00-" + traceA + "-" + consumedA.getSpanId() + "-01", stored(first));
        assertEquals("00-" + traceB + "-" + consumedB.getSpanId() + "-01", stored(second));
        String other = stored(untraced);
        assertNotNull(other, "a request that came without a trace starts one at its consumer span");
        assertNotEquals(traceA, other.split("-")[1]);
        assertNotEquals(traceB, other.split("-")[1]);

        ConsumerRecord<String, String> decision = await().atMost(Duration.ofSeconds(20)).until(() -> kafka()
                .readAll(Topics.DECISIONS).stream().filter(r -> first.equals(r.key())).findFirst().orElse(null),
                r -> r != null);
        String header = KafkaTopics.header(decision, "traceparent");
        assertEquals(traceA, header.split("-")[1]);
        SpanData publish = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceA).stream()
                .filter(s -> s.getSpanId().equals(header.split("-")[2])).findFirst().orElse(null), s -> s != null);
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals(consumedA.getSpanId(), publish.getParentSpanId());
        assertTrue(spans.of(traceB).stream().noneMatch(s -> s.getSpanId().equals(publish.getSpanId())));
    }

    private SpanData consumerSpan(String traceId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElse(null), s -> s != null);
    }

    private String stored(String enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select traceparent from outbox_message where message_key = :key and topic = :topic")
                .setParameter("key", enrollmentId).setParameter("topic", Topics.DECISIONS).getSingleResult());
    }

    private static ConsumerRecord<String, String> requested(String enrollmentId, String code, int year,
                                                            String traceparent) {
        String json = requestedJson(enrollmentId, person(true), code, year, "RUTAN-TML");
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.ENROLLMENTS, enrollmentId,
                EventTypes.ENROLLMENT_REQUESTED, UUID.randomUUID(), json);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ENROLLMENTS, 0, OFFSET.incrementAndGet(),
                enrollmentId, json);
        sent.headers().forEach(h -> record.headers().add(h));
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
