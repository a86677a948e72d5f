package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** An officer replays a dead-letter topic after a fix; what comes back is processed once. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class DlqReplayTest {

    @Test
    void replays_parked_messages_to_their_topic_once() {
        String code = "DLQ-" + (10 + (int) (System.nanoTime() % 89));
        ProducerRecord<String, String> parked = KafkaTopics.cloudEvent(Topics.dlq(Topics.PROGRAMS), code,
                EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(), """
                        {"code": "%s", "name": "Dari DLQ", "sector": "Industri", "description": null,
                         "trainingHours": 40, "minAttendancePercent": 80, "competencyUnits": [], "active": true,
                         "version": 0, "updatedAt": "2026-01-05T09:00:00+07:00"}""".formatted(code));
        parked.headers().add("dead-letter-reason", "database was down".getBytes());
        kafka().send(parked);

        officer().post("/api/v1/admin/dlq/" + Topics.PROGRAMS + "/replay").then()
                .statusCode(200).body("replayed", greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer().get("/api/v1/programs/" + code).statusCode() == 200);

        officer().post("/api/v1/admin/dlq/" + Topics.PROGRAMS + "/replay").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(1, kafka().readByKey(Topics.PROGRAMS, code).size(),
                "a second replay does not send the same parked message again");
    }

    @Test
    void refuses_a_topic_this_service_does_not_consume_and_non_officers() {
        officer().post("/api/v1/admin/dlq/rutan.enrollments.v1/replay").then().statusCode(404);
        viewer().post("/api/v1/admin/dlq/" + Topics.PROGRAMS + "/replay").then().statusCode(403);
    }
}
