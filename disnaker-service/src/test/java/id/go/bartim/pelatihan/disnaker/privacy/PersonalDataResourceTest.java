package id.go.bartim.pelatihan.disnaker.privacy;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's own data (SPEC 9): an officer gets everything disnaker holds about a participant, with the audit lines
 * about it; the read is audited as a read of the participant; nobody else gets anything.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PersonalDataResourceTest {

    @Test
    void gives_an_officer_everything_disnaker_holds_about_a_participant() {
        // A year of its own: the certificate's number counts from 000001 in it
        int year = freshYear();
        String carpentry = program();
        Person ani = person(true);
        String trained = request(ani, carpentry, year);
        String id = awaitDecision(trained, "ACCEPTED").getString("participantId");
        complete(trained, "COMPETENT");
        awaitDecision(trained, "COMPLETED");
        String left = request(ani, program(), year);
        awaitDecision(left, "ACCEPTED");
        withdraw(left);
        awaitDecision(left, "WITHDRAWN");
        // Someone else's request carrying Ani's NIK: a conflict Ani is part of
        Person budi = person(true);
        String budiId = awaitDecision(request(budi, program(), year), "ACCEPTED").getString("participantId");
        String clash = request(new Person(budi.partnerRef(), budi.fullName(), ani.nik()), program(), year);
        awaitDecision(clash, "REJECTED");
        String number = "DISNAKERTRANS-BARTIM/" + carpentry + "/" + year + "/000001";
        String reader = "officer-" + UUID.randomUUID();

        JsonPath data = as(reader).get("/api/v1/participants/" + id + "/personal-data").then()
                .statusCode(200).extract().jsonPath();

        assertEquals(id, data.getString("participant.id"));
        assertEquals(ani.nik(), data.getString("participant.nik"));
        assertEquals(ani.fullName(), data.getString("participant.fullName"));
        assertEquals(List.of(trained, left), data.getList("decisions.enrollmentId"));
        assertEquals(List.of("COMPLETED", "WITHDRAWN"), data.getList("decisions.status"));
        assertEquals(List.of(Map.of("year", year, "state", "TRAINED", "programCode", carpentry,
                "partnerCode", "RUTAN-TML")), data.getList("quotaSlots"));
        assertEquals(List.of(number), data.getList("certificates.number"));
        assertEquals(List.of(clash), data.getList("conflicts.enrollmentId"));
        assertEquals(budiId, data.getString("conflicts[0].participantId"));
        assertEquals(id, data.getString("conflicts[0].otherParticipantId"));

        List<String> trail = data.<Map<String, Object>>getList("auditTrail").stream()
                .map(l -> l.get("action") + " " + l.get("resourceType") + " " + l.get("resourceId")).toList();
        for (String line : List.of("CREATE participant " + id, "CREATE enrollment-decision " + trained,
                "COMPLETE enrollment-decision " + trained, "ISSUE certificate " + number,
                "CREATE enrollment-decision " + left, "WITHDRAW enrollment-decision " + left,
                "CREATE participant-conflict " + clash)) {
            assertTrue(trail.contains(line), line + " in " + trail);
        }
        assertEquals("READ participant " + id, trail.get(trail.size() - 1), "the read itself, last");
        assertEquals(reader, data.getString("auditTrail[-1].actor"));
        assertTrue(trail.stream().noneMatch(l -> l.contains(budiId)), "nothing about the other participant");
    }

    @Test
    void records_the_read_as_a_read_of_the_participant() {
        String id = awaitDecision(request(person(true), program(), openYear()), "ACCEPTED").getString("participantId");
        String reader = "officer-" + UUID.randomUUID();
        as(reader).get("/api/v1/participants/" + id + "/personal-data").then().statusCode(200);
        assertEquals(List.of(new AuditLines.Line(reader, "READ", "participant", id, null, List.of())),
                AuditLines.by(reader));
    }

    @Test
    void answers_404_problem_for_an_unknown_participant_and_writes_no_line() {
        String reader = "officer-" + UUID.randomUUID();
        String unknown = UUID.randomUUID().toString();
        as(reader).get("/api/v1/participants/" + unknown + "/personal-data").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        as(reader).get("/api/v1/participants/not-a-uuid/personal-data").then().statusCode(404);
        assertEquals(List.of(), AuditLines.by(reader));
    }

    @Test
    void refuses_a_viewer_with_403_and_writes_no_line() {
        String id = awaitDecision(request(person(true), program(), openYear()), "ACCEPTED").getString("participantId");
        String viewer = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", viewer))
                .get("/api/v1/participants/" + id + "/personal-data").then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/participants/" + id + "/personal-data").then().statusCode(401);
        assertEquals(List.of(), AuditLines.by(viewer));
    }

    private static RequestSpecification as(String officer) {
        return given().auth().oauth2(Tokens.forRole("disnaker-officer", officer));
    }
}
