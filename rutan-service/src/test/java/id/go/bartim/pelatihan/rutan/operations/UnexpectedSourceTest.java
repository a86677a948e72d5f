package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitStatus;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SPEC 8: rutan accepts decisions and programs only from disnaker's {@code ce_source}; a record from another source is
 * parked with reason {@code unexpected-source} and changes nothing, and the real event (even under the same
 * {@code ce_id}) is applied after it.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class UnexpectedSourceTest {

    private static final String FORGED = "/someone-else";

    @ConfigProperty(name = "app.outbox.source")
    String ownSource;

    @Test
    void a_decision_from_another_source_is_parked_and_changes_nothing_and_disnakers_is_applied() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        UUID ceId = UUID.randomUUID();
        String accepted = """
                {"enrollmentId": "%s", "year": %d, "decidedAt": "%s"}"""
                .formatted(id, today().getYear(), OffsetDateTime.now(WIB));
        kafka().send(KafkaTopics.cloudEvent(Topics.DECISIONS, id, EventTypes.ENROLLMENT_ACCEPTED, ceId, accepted,
                FORGED));

        assertParked(Topics.DECISIONS, id);
        viewer().get("/api/v1/enrollments/" + id).then().statusCode(200).body("status", equalTo("PENDING"));

        kafka().send(KafkaTopics.cloudEvent(Topics.DECISIONS, id, EventTypes.ENROLLMENT_ACCEPTED, ceId, accepted));
        awaitStatus(id, "ACCEPTED");
    }

    @Test
    void a_program_from_another_source_is_parked_and_not_replicated_and_disnakers_is() {
        String code = "SRC-" + (10 + (int) (System.nanoTime() % 89));
        String upserted = """
                {"code": "%s", "name": "Program %s", "sector": "Konstruksi", "description": null, "trainingHours": 40,
                 "minAttendancePercent": 80, "competencyUnits": [], "active": true, "version": 0,
                 "updatedAt": "2026-01-05T09:00:00+07:00"}""".formatted(code, code);
        // rutan's own source is not disnaker's either
        kafka().send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(),
                upserted, ownSource));

        assertParked(Topics.PROGRAMS, code);
        viewer().get("/api/v1/programs/" + code).then().statusCode(404);

        kafka().send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(),
                upserted));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer().get("/api/v1/programs/" + code).statusCode() == 200);
    }

    @Test
    void the_source_rutan_publishes_with_is_the_one_its_topic_is_expected_from() {
        assertEquals("/rutan-service", ownSource);
        assertEquals(ownSource, KafkaTopics.producerSource(Topics.ENROLLMENTS));
        assertEquals("/disnaker-service", KafkaTopics.producerSource(Topics.DECISIONS));
    }

    private static void assertParked(String topic, String key) {
        ConsumerRecord<String, String> parked = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka().readByKey(Topics.dlq(topic), key), r -> !r.isEmpty()).get(0);
        assertEquals("unexpected-source", KafkaTopics.header(parked, "dead-letter-reason"));
        assertEquals(topic, KafkaTopics.header(parked, "dead-letter-topic"));
    }
}
