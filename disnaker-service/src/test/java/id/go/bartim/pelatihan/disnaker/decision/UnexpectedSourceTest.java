package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SPEC 8: disnaker accepts enrollment events only from the rutan's {@code ce_source}; a record from another source is
 * parked with reason {@code unexpected-source} and changes nothing (no decision, no participant, no slot), and the
 * rutan's own event (even under the same {@code ce_id}) is applied after it.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class UnexpectedSourceTest {

    @ConfigProperty(name = "app.outbox.source")
    String ownSource;

    @Test
    void a_request_from_another_source_is_parked_and_changes_nothing_and_the_rutans_is_decided() {
        Person someone = person(true);
        String id = UUID.randomUUID().toString();
        UUID ceId = UUID.randomUUID();
        String json = requestedJson(id, someone, program(), openYear(), "RUTAN-TML");
        // disnaker's own source is not the rutan's either
        for (String forged : new String[] {"/someone-else", ownSource}) {
            kafka().send(KafkaTopics.cloudEvent(Topics.ENROLLMENTS, id, EventTypes.ENROLLMENT_REQUESTED, ceId, json,
                    forged));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), id),
                r -> r.size() == 2);
        for (ConsumerRecord<String, String> parked : kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), id)) {
            assertEquals("unexpected-source", KafkaTopics.header(parked, "dead-letter-reason"));
        }
        viewer().get("/api/v1/enrollments/" + id).then().statusCode(404);
        officer().queryParam("q", someone.fullName()).get("/api/v1/participants").then().statusCode(200)
                .body("totalItems", equalTo(0));

        kafka().send(KafkaTopics.cloudEvent(Topics.ENROLLMENTS, id, EventTypes.ENROLLMENT_REQUESTED, ceId, json));
        awaitDecision(id, "ACCEPTED");
    }

    @Test
    void the_source_disnaker_publishes_with_is_the_one_its_topics_are_expected_from() {
        assertEquals("/disnaker-service", ownSource);
        assertEquals(ownSource, KafkaTopics.producerSource(Topics.DECISIONS));
        assertEquals(ownSource, KafkaTopics.producerSource(Topics.PROGRAMS));
        assertEquals("/rutan-service", KafkaTopics.producerSource(Topics.ENROLLMENTS));
    }
}
