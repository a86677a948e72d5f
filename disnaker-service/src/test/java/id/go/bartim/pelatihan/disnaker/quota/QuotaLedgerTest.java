package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.completedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.quota;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.send;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.target;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.withdraw;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quota rules of SPEC 4, each with its numbers. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class QuotaLedgerTest {

    @Inject
    EntityManager em;

    @Test
    void a_year_without_a_target_has_target_1000() {
        JsonPath q = quota(freshYear());
        assertEquals(1000, q.getInt("target"));
        assertEquals(1000, q.getInt("available"));
        assertEquals(0, q.getInt("reserved"));
    }

    @Test
    void an_accepted_enrollment_reserves_a_slot_and_a_second_one_of_the_same_person_shares_it() {
        int year = freshYear();
        Person ani = person(true);
        String first = request(ani, program(), year);
        awaitDecision(first, "ACCEPTED");
        String second = request(ani, program(), year);
        awaitDecision(second, "ACCEPTED");

        JsonPath q = quota(year);
        assertEquals(1, q.getInt("reserved"));
        assertEquals(999, q.getInt("available"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_person_without_nik_is_the_same_person_by_partner_reference() {
        int year = freshYear();
        Person budi = person(false);
        awaitDecision(request(budi, program(), year), "ACCEPTED");
        awaitDecision(request(budi, program(), year), "ACCEPTED");
        assertEquals(1, quota(year).getInt("reserved"));
    }

    @Test
    void a_competent_completion_moves_the_slot_from_reserved_to_trained_once() {
        int year = freshYear();
        Person citra = person(true);
        String code = program();
        String first = request(citra, code, year);
        String second = request(citra, program(), year);
        awaitDecision(first, "ACCEPTED");
        awaitDecision(second, "ACCEPTED");

        complete(first, "COMPETENT");
        awaitDecision(first, "COMPLETED");
        JsonPath q = quota(year);
        assertEquals(0, q.getInt("reserved"));
        assertEquals(1, q.getInt("trained"));
        assertEquals(code, q.getString("byProgram.find { it.trained == 1 }.programCode"));

        complete(second, "COMPETENT");
        awaitDecision(second, "COMPLETED");
        assertEquals(1, quota(year).getInt("trained"), "trained once per person per year");
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_trained_person_enrolling_again_the_same_year_does_not_reserve() {
        int year = freshYear();
        Person dewi = person(true);
        String first = request(dewi, program(), year);
        awaitDecision(first, "ACCEPTED");
        complete(first, "COMPETENT");
        awaitDecision(first, "COMPLETED");

        awaitDecision(request(dewi, program(), year), "ACCEPTED");
        JsonPath q = quota(year);
        assertEquals(0, q.getInt("reserved"));
        assertEquals(1, q.getInt("trained"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_withdrawal_releases_the_slot_unless_another_accepted_enrollment_holds_it() {
        int year = freshYear();
        Person eko = person(true);
        String first = request(eko, program(), year);
        String second = request(eko, program(), year);
        awaitDecision(first, "ACCEPTED");
        awaitDecision(second, "ACCEPTED");

        withdraw(first);
        awaitDecision(first, "WITHDRAWN");
        assertEquals(1, quota(year).getInt("reserved"), "the second enrollment still holds the slot");
        withdraw(second);
        awaitDecision(second, "WITHDRAWN");
        assertEquals(0, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void not_yet_competent_releases_the_slot() {
        int year = freshYear();
        String id = request(person(true), program(), year);
        awaitDecision(id, "ACCEPTED");
        complete(id, "NOT_YET_COMPETENT");
        awaitDecision(id, "NOT_COMPETENT");

        JsonPath q = quota(year);
        assertEquals(0, q.getInt("reserved"));
        assertEquals(0, q.getInt("trained"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void rejects_with_quota_exhausted_when_the_target_is_reached() {
        int year = freshYear();
        target(year, 2);
        String code = program();
        awaitDecision(request(person(true), code, year), "ACCEPTED");
        awaitDecision(request(person(false), code, year), "ACCEPTED");

        JsonPath third = awaitDecision(request(person(true), code, year), "REJECTED");
        assertEquals("QUOTA_EXHAUSTED", third.getString("rejectionReason"));
        assertEquals(0, quota(year).getInt("available"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void rejects_with_partner_allocation_exhausted_when_the_partner_used_its_allocation() {
        int year = freshYear();
        officer().body(Map.of("allocation", 1)).put("/api/v1/quota/" + year + "/partners/LAPAS-PKY").then()
                .statusCode(200);
        String code = program();
        awaitDecision(request(person(true), code, year, "LAPAS-PKY"), "ACCEPTED");

        JsonPath refused = awaitDecision(request(person(true), code, year, "LAPAS-PKY"), "REJECTED");
        assertEquals("PARTNER_ALLOCATION_EXHAUSTED", refused.getString("rejectionReason"));
        awaitDecision(request(person(true), code, year, "RUTAN-TML"), "ACCEPTED");
        JsonPath q = quota(year);
        assertEquals(1, q.getInt("byPartner.find { it.partnerCode == 'LAPAS-PKY' }.allocation"));
        assertEquals(1, q.getInt("byPartner.find { it.partnerCode == 'LAPAS-PKY' }.reserved"));
        assertEquals(1, q.getInt("byPartner.find { it.partnerCode == 'RUTAN-TML' }.reserved"));
    }

    @Test
    void refuses_a_target_below_reserved_plus_trained_with_409_and_a_stale_if_match_with_412() {
        int year = freshYear();
        String code = program();
        awaitDecision(request(person(true), code, year), "ACCEPTED");
        awaitDecision(request(person(true), code, year), "ACCEPTED");

        officer().body(Map.of("target", 1)).put("/api/v1/quota/" + year).then()
                .statusCode(409).body("type", endsWith("/target-below-usage"));
        officer().header("If-Match", "\"99\"").body(Map.of("target", 500)).put("/api/v1/quota/" + year).then()
                .statusCode(412);
        String etag = viewer().get("/api/v1/quota/" + year).header("ETag");
        officer().header("If-Match", etag).body(Map.of("target", 2)).put("/api/v1/quota/" + year).then()
                .statusCode(200).body("target", equalTo(2)).body("available", equalTo(0));
        officer().body(Map.of("target", -1)).put("/api/v1/quota/" + year).then().statusCode(400);
    }

    @Test
    void the_same_event_twice_and_the_same_fact_with_a_new_id_count_once() {
        int year = freshYear();
        Person fajar = person(true);
        String code = program();
        String id = UUID.randomUUID().toString();
        UUID ceId = UUID.randomUUID();
        String json = requestedJson(id, fajar, code, year, "RUTAN-TML");
        send(id, EventTypes.ENROLLMENT_REQUESTED, ceId, json);
        send(id, EventTypes.ENROLLMENT_REQUESTED, ceId, json);
        send(id, EventTypes.ENROLLMENT_REQUESTED, UUID.randomUUID(), json);
        awaitDecision(id, "ACCEPTED");
        send(id, EventTypes.TRAINING_COMPLETED, UUID.randomUUID(), completedJson(id, "COMPETENT"));
        send(id, EventTypes.TRAINING_COMPLETED, UUID.randomUUID(), completedJson(id, "COMPETENT"));
        awaitDecision(id, "COMPLETED");
        String marker = request(person(true), code, year);
        awaitDecision(marker, "ACCEPTED");

        JsonPath q = quota(year);
        assertEquals(1, q.getInt("trained"));
        assertEquals(1, q.getInt("reserved"));
        assertEquals(1, kafka().readByKey(Topics.DECISIONS, id).stream()
                .filter(r -> EventTypes.ENROLLMENT_ACCEPTED.equals(KafkaTopics.header(r, "ce_type"))).count());
        assertEquals(1, kafka().readByKey(Topics.DECISIONS, id).stream()
                .filter(r -> EventTypes.CERTIFICATE_ISSUED.equals(KafkaTopics.header(r, "ce_type"))).count());
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_completion_of_an_unknown_or_rejected_enrollment_goes_to_the_dlq_and_counts_nothing() {
        int year = freshYear();
        target(year, 0);
        String rejected = request(person(true), program(), year);
        awaitDecision(rejected, "REJECTED");
        String unknown = UUID.randomUUID().toString();
        complete(unknown, "COMPETENT");
        complete(rejected, "COMPETENT");

        for (String key : new String[]{unknown, rejected}) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), key).isEmpty());
        }
        JsonPath q = quota(year);
        assertEquals(0, q.getInt("trained"));
        viewer().get("/api/v1/enrollments/" + rejected).then().body("status", equalTo("REJECTED"));
        QuotaInvariants.assertHold(em, year);
    }
}
