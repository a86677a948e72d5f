package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.quota;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections travel (SPEC 9): a request that carries other data for the person its partner's reference names
 * corrects them, audited with the changed fields' names; a NIK of another participant is a conflict, rejected
 * INVALID_REQUEST and listed for an officer, and changes nobody.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ParticipantCorrectionTest {

    /** The actor of the consumer's writes: the rutan's source, with which the test events are sent. */
    private static final String RUTAN = "event:/rutan-service";

    @Test
    void a_nik_corrected_at_the_rutan_updates_the_participant_and_keeps_one_slot_for_the_year() {
        int year = freshYear();
        Person before = person(true);
        String id = awaitDecision(request(before, program(), year), "ACCEPTED").getString("participantId");
        assertEquals(1, quota(year).getInt("reserved"));

        Person corrected = new Person(before.partnerRef(), before.fullName(), person(true).nik());
        UUID ceId = UUID.randomUUID();
        assertEquals(id, awaitDecision(request(corrected, program(), year, "RUTAN-TML", ceId), "ACCEPTED")
                .getString("participantId"));

        assertEquals(corrected.nik(), participant(id).getString("nik"));
        assertEquals(1, quota(year).getInt("reserved"), "the corrected person still holds one slot");
        List<AuditLines.Line> updates = AuditLines.about("participant", id, "UPDATE");
        assertEquals(List.of(new AuditLines.Line(RUTAN, "UPDATE", "participant", id, ceId, List.of("nik"))), updates);
    }

    @Test
    void a_name_correction_writes_an_audit_line_with_the_changed_field() {
        int year = openYear();
        Person before = person(true);
        String id = awaitDecision(request(before, program(), year), "ACCEPTED").getString("participantId");

        Person renamed = new Person(before.partnerRef(), before.fullName() + " Saputra", before.nik());
        awaitDecision(request(renamed, program(), year), "ACCEPTED");

        assertEquals(renamed.fullName(), participant(id).getString("fullName"));
        assertEquals(List.of(List.of("fullName")),
                AuditLines.about("participant", id, "UPDATE").stream().map(AuditLines.Line::changedFields).toList());
    }

    @Test
    void a_request_that_changes_nothing_writes_no_update() {
        int year = openYear();
        Person same = person(true);
        String id = awaitDecision(request(same, program(), year), "ACCEPTED").getString("participantId");
        awaitDecision(request(same, program(), year), "ACCEPTED");

        assertEquals(1, AuditLines.about("participant", id, "CREATE").size());
        assertTrue(AuditLines.about("participant", id, "UPDATE").isEmpty());
    }

    @Test
    void a_nik_of_another_participant_is_rejected_listed_as_a_conflict_and_changes_neither() {
        Person ani = person(true);
        Person budi = person(true);
        String aniId = awaitDecision(request(ani, program(), openYear()), "ACCEPTED").getString("participantId");
        String budiId = awaitDecision(request(budi, program(), openYear()), "ACCEPTED").getString("participantId");
        Map<String, Object> aniBefore = participant(aniId).getMap("$");
        Map<String, Object> budiBefore = participant(budiId).getMap("$");

        int year = freshYear();
        Person aniWithBudisNik = new Person(ani.partnerRef(), ani.fullName() + " Baru", budi.nik());
        String enrollment = request(aniWithBudisNik, program(), year);
        JsonPath decision = awaitDecision(enrollment, "REJECTED");

        assertEquals("INVALID_REQUEST", decision.getString("rejectionReason"));
        assertNull(decision.getString("participantId"));
        assertEquals(0, quota(year).getInt("reserved"), "no slot taken");
        assertEquals(aniBefore, participant(aniId).getMap("$"));
        assertEquals(budiBefore, participant(budiId).getMap("$"));
        assertTrue(AuditLines.about("participant", aniId, "UPDATE").isEmpty());
        assertTrue(AuditLines.about("participant", budiId, "UPDATE").isEmpty());

        Map<String, Object> conflict = conflicts().<Map<String, Object>>getList("items").stream()
                .filter(c -> enrollment.equals(c.get("enrollmentId"))).findFirst().orElseThrow();
        assertEquals("RUTAN-TML", conflict.get("partnerCode"));
        assertEquals(ani.partnerRef(), conflict.get("partnerRef"));
        assertEquals(Map.of("id", aniId, "nik", masked(ani.nik())), conflict.get("participant"));
        assertEquals(Map.of("id", budiId, "nik", masked(budi.nik())), conflict.get("otherParticipant"));
        assertEquals(1, AuditLines.about("participant-conflict", enrollment, "CREATE").size());
    }

    @Test
    void lists_the_newest_conflict_first() {
        Person ani = person(true);
        Person budi = person(true);
        awaitDecision(request(ani, program(), openYear()), "ACCEPTED");
        awaitDecision(request(budi, program(), openYear()), "ACCEPTED");
        String first = request(new Person(ani.partnerRef(), ani.fullName(), budi.nik()), program(), openYear());
        awaitDecision(first, "REJECTED");
        String second = request(new Person(budi.partnerRef(), budi.fullName(), ani.nik()), program(), openYear());
        awaitDecision(second, "REJECTED");

        assertEquals(List.of(second, first), conflicts().<String>getList("items.enrollmentId").subList(0, 2));
    }

    @Test
    void refuses_the_conflicts_to_a_viewer_with_403_and_without_a_token_with_401() {
        viewer().get("/api/v1/participants/conflicts").then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/participants/conflicts").then().statusCode(401);
    }

    @Test
    void refuses_a_bad_page_size_with_400() {
        officer().queryParam("size", 101).get("/api/v1/participants/conflicts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"));
    }

    private static JsonPath participant(String id) {
        return officer().get("/api/v1/participants/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath conflicts() {
        return officer().queryParam("size", 100).get("/api/v1/participants/conflicts").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String masked(String nik) {
        return nik.substring(0, 4) + "**********" + nik.substring(14);
    }
}
