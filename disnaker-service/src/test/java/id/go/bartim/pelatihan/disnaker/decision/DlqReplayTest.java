package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parked enrollment request replayed by an officer goes through disnaker's own batch consumer (held back, then
 * decided on its flush), never back onto the rutan's topic, which disnaker may not write.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class DlqReplayTest {

    private static final String DLQ = "/api/v1/admin/dlq/" + Topics.ENROLLMENTS;

    @Test
    void a_parked_request_replayed_by_its_offset_is_decided_once() {
        String enrollmentId = UUID.randomUUID().toString();
        ProducerRecord<String, String> parked = KafkaTopics.cloudEvent(Topics.dlq(Topics.ENROLLMENTS), enrollmentId,
                EventTypes.ENROLLMENT_REQUESTED, UUID.randomUUID(),
                requestedJson(enrollmentId, person(true), program(), openYear(), "RUTAN-TML"));
        parked.headers().add("dead-letter-reason", "database was down".getBytes());
        kafka().send(parked);
        List<ConsumerRecord<String, String>> found = kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), enrollmentId);
        assertEquals(1, found.size());
        ConsumerRecord<String, String> record = found.get(0);
        String one = DLQ + "/" + record.partition() + "/" + record.offset() + "/replay";

        officer().get(DLQ + "?partition=" + record.partition() + "&offset=" + record.offset() + "&limit=1").then()
                .statusCode(200).body("messages[0].key", equalTo(enrollmentId))
                .body("messages[0].type", equalTo(EventTypes.ENROLLMENT_REQUESTED));
        officer().post(one).then().statusCode(200).body("outcome", equalTo("applied"));
        viewer().get("/api/v1/enrollments/" + enrollmentId).then().statusCode(200)
                .body("status", oneOf("ACCEPTED", "REJECTED"));
        officer().post(one).then().statusCode(200).body("outcome", equalTo("duplicate"));
        assertTrue(kafka().readByKey(Topics.ENROLLMENTS, enrollmentId).isEmpty(),
                "nothing is re-published to the rutan's topic");
    }
}
