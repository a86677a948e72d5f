package id.go.bartim.pelatihan.rutan.catalog;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.TestInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The replica follows disnaker.programs.v1: newer versions only, each event once, poison to the DLQ. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ProgramReplicaTest {

    private static final AtomicInteger SEQ = new AtomicInteger(10);

    private final KafkaTopics kafka = new KafkaTopics(TestInfra.bootstrapServers());

    @Test
    void applies_an_upserted_program_to_the_replica() {
        String code = freshCode();
        publishUpserted(code, 0, "Pertukangan Kayu", true);

        awaitProgram(code, 0).then()
                .body("name", equalTo("Pertukangan Kayu"))
                .body("minAttendancePercent", equalTo(75))
                .body("competencyUnits", hasItem("F.45KKK00.001.1"))
                .body("active", equalTo(true));
    }

    @Test
    void applies_a_newer_version_and_ignores_an_older_one_arriving_late() {
        String code = freshCode();
        publishUpserted(code, 0, "Versi Awal", true);
        publishUpserted(code, 2, "Versi Kedua", true);
        publishUpserted(code, 1, "Versi Terlambat", true);
        String marker = freshCode();
        publishUpserted(marker, 0, "Penanda", true);

        awaitProgram(marker, 0);
        asViewer().get("/api/v1/programs/" + code).then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("name", equalTo("Versi Kedua"));
    }

    @Test
    void a_duplicate_event_changes_nothing() {
        String code = freshCode();
        UUID ceId = UUID.randomUUID();
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, ceId,
                upserted(code, 3, "Asli", true)));
        awaitProgram(code, 3);
        // Same ce_id, even with another body (a broken producer), is the same event: skipped.
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, ceId,
                upserted(code, 4, "Palsu", true)));
        // The same fact again under a new ce_id is not newer: skipped too.
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(),
                upserted(code, 3, "Asli lagi", true)));
        String marker = freshCode();
        publishUpserted(marker, 0, "Penanda", true);

        awaitProgram(marker, 0);
        asViewer().get("/api/v1/programs/" + code).then()
                .body("version", equalTo(3))
                .body("name", equalTo("Asli"));
    }

    @Test
    void marks_a_retired_program_inactive() {
        String code = freshCode();
        publishUpserted(code, 0, "Tata Boga", true);
        awaitProgram(code, 0);
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_RETIRED, UUID.randomUUID(),
                """
                {"code": "%s", "version": 1, "retiredAt": "2026-06-30T16:00:00+07:00", "program": %s}"""
                        .formatted(code, upserted(code, 1, "Tata Boga", false))));

        awaitProgram(code, 1).then().body("active", equalTo(false));
        asViewer().queryParam("active", false).queryParam("size", 100).get("/api/v1/programs").then()
                .body("items.code", hasItem(code));
    }

    @Test
    void sends_poison_messages_to_the_dlq_and_carries_on() {
        String notJson = freshCode();
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, notJson, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(),
                "this is not json"));
        String unknownType = freshCode();
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, unknownType, "disnaker.program.exploded.v1",
                UUID.randomUUID(), upserted(unknownType, 0, "Aneh", true)));
        String missingFields = freshCode();
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, missingFields, EventTypes.PROGRAM_UPSERTED,
                UUID.randomUUID(), "{\"code\": \"" + missingFields + "\"}"));
        String next = freshCode();
        publishUpserted(next, 0, "Sesudahnya", true);

        awaitProgram(next, 0);
        for (String key : List.of(notJson, unknownType, missingFields)) {
            List<ConsumerRecord<String, String>> parked = await().atMost(Duration.ofSeconds(20))
                    .until(() -> kafka.readByKey(Topics.dlq(Topics.PROGRAMS), key), r -> !r.isEmpty());
            ConsumerRecord<String, String> record = parked.get(0);
            assertNotNull(KafkaTopics.header(record, "dead-letter-reason"), "the error travels in a header");
            assertNotNull(KafkaTopics.header(record, "ce_id"), "the original headers are kept");
            asViewer().get("/api/v1/programs/" + key).then().statusCode(404);
        }
    }

    @Test
    void reads_need_a_rutan_role() {
        given().get("/api/v1/programs").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("disnaker-officer")).get("/api/v1/programs").then().statusCode(403);
        asViewer().get("/api/v1/programs").then().statusCode(200);
        asViewer().get("/api/v1/programs/NONE-01").then().statusCode(404).contentType("application/problem+json");
    }

    private static String freshCode() {
        return "RPL-" + (1000 + SEQ.incrementAndGet());
    }

    private void publishUpserted(String code, long version, String name, boolean active) {
        kafka.send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(),
                upserted(code, version, name, active)));
    }

    private static String upserted(String code, long version, String name, boolean active) {
        return """
                {"code": "%s", "name": "%s", "sector": "Konstruksi", "description": null, "trainingHours": 120,
                 "minAttendancePercent": 75, "competencyUnits": ["F.45KKK00.001.1"], "active": %s,
                 "version": %d, "updatedAt": "2026-01-05T09:00:00+07:00"}"""
                .formatted(code, name, active, version);
    }

    private static io.restassured.response.Response awaitProgram(String code, long version) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> asViewer().get("/api/v1/programs/" + code),
                        r -> r.statusCode() == 200 && r.jsonPath().getLong("version") == version);
    }

    private static RequestSpecification asViewer() {
        return given().auth().oauth2(Tokens.forRole("rutan-viewer"));
    }
}
