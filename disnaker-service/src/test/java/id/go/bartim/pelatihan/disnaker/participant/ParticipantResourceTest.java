package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participants (SPEC 4) and their personal data (SPEC 7): masked in lists, full NIK to officers, reads audited. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ParticipantResourceTest {

    /** Participants do not depend on the quota year; one untouched year keeps the quota out of the way. */
    private static final int YEAR = freshYear();

    @Test
    void registers_a_participant_from_an_enrollment_request() {
        Person ani = person(true);
        String id = enrol(ani);

        officer().get("/api/v1/participants/" + id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("fullName", equalTo(ani.fullName()))
                .body("nik", equalTo(ani.nik()))
                .body("birthDate", equalTo("1990-03-15"))
                .body("sex", equalTo("MALE"))
                .body("educationLevel", equalTo("SMA"))
                .body("partnerCode", equalTo("RUTAN-TML"))
                .body("partnerRef", equalTo(ani.partnerRef()));
    }

    @Test
    void lists_participants_with_the_nik_masked_and_nothing_more_than_finding_needs() {
        Person ani = named(person(true), "Ani Lestari");
        String id = enrol(ani);

        JsonPath page = viewer().queryParam("q", ani.fullName()).get("/api/v1/participants")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getInt("totalItems"));
        Map<String, Object> item = page.getMap("items[0]");
        assertEquals(id, item.get("id"));
        assertEquals(masked(ani.nik()), item.get("nik"));
        assertEquals(List.of("fullName", "id", "nik", "partnerCode", "partnerRef"),
                item.keySet().stream().sorted().toList());
    }

    @Test
    void shows_the_full_nik_and_the_birth_date_to_an_officer() {
        Person ani = person(true);
        String id = enrol(ani);
        officer().get("/api/v1/participants/" + id).then().statusCode(200)
                .body("nik", equalTo(ani.nik()))
                .body("birthDate", equalTo("1990-03-15"))
                .body("$", not(hasKey("birthYear")));
    }

    /** SPEC 8: with the birth date and sex, the masked NIK would leave a viewer four digits to guess. */
    @Test
    void shows_the_nik_masked_and_the_birth_year_only_to_a_viewer() {
        Person ani = person(true);
        String id = enrol(ani);
        viewer().get("/api/v1/participants/" + id).then()
                .statusCode(200)
                .body("nik", equalTo(masked(ani.nik())))
                .body("fullName", equalTo(ani.fullName()))
                .body("birthYear", equalTo(1990))
                .body("$", not(hasKey("birthDate")));
    }

    /** SPEC 8: a search by NIK answers yes or no, so a viewer could try the digits the mask hides. */
    @Test
    void refuses_a_viewer_a_search_of_6_or_more_digits_with_403() {
        Person ani = person(true);
        enrol(ani);
        for (String q : List.of(ani.nik(), ani.nik().substring(0, 6), "Ani " + ani.nik().substring(10))) {
            viewer().queryParam("q", q).get("/api/v1/participants").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", endsWith("/forbidden"))
                    .body("detail", equalTo("Searching by NIK (6 or more digits in a row) is for officers only"));
        }
    }

    @Test
    void lets_a_viewer_search_with_5_digits_and_an_officer_by_the_full_nik() {
        Person ani = person(true);
        String id = enrol(ani);
        viewer().queryParam("q", ani.nik().substring(0, 5)).get("/api/v1/participants").then().statusCode(200);
        officer().queryParam("q", ani.nik()).get("/api/v1/participants").then().statusCode(200)
                .body("items[0].id", equalTo(id));
    }

    @Test
    void records_each_read_of_a_participant_in_the_audit_log() {
        String id = enrol(person(true));
        officer().get("/api/v1/participants/" + id).then().statusCode(200);

        JsonPath audit = officer().queryParam("resourceType", "participant").queryParam("actor", "officer-dewi")
                .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> reads = audit.<Map<String, Object>>getList("items").stream()
                .filter(e -> id.equals(e.get("resourceId"))).toList();
        assertEquals(1, reads.size());
        assertEquals("READ", reads.get(0).get("action"));
        assertEquals("officer-dewi", reads.get(0).get("actor"));
    }

    @Test
    void writes_no_audit_line_for_a_refused_read_of_a_participant() {
        String id = enrol(person(true));
        String unknown = UUID.randomUUID().toString();
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).get("/api/v1/participants/" + unknown)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("rutan-officer", reader)).get("/api/v1/participants/" + id).then()
                .statusCode(403);
        assertEquals(List.of(), AuditLines.by(reader));
        assertEquals(List.of(), AuditLines.about("participant", unknown));
    }

    @Test
    void does_not_audit_a_list() {
        Person ani = named(person(true), "Tidak Diaudit");
        String id = enrol(ani);
        viewer().queryParam("q", ani.fullName()).get("/api/v1/participants").then().statusCode(200);

        assertEquals(List.of(), AuditLines.about("participant", id, "READ"));
    }

    @Test
    void finds_a_participant_by_part_of_the_name_in_any_case() {
        Person siti = named(person(true), "Siti Rahmawati");
        String id = enrol(siti);
        String part = siti.fullName().substring(5).toUpperCase(); // "RAHMAWATI <tag>"

        JsonPath page = viewer().queryParam("q", part).get("/api/v1/participants").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, page.getInt("totalItems"));
        assertEquals(id, page.getString("items[0].id"));
    }

    @Test
    void treats_percent_and_underscore_in_the_search_as_plain_characters() {
        Person rina = named(person(true), "Rina");
        enrol(rina);
        String tag = rina.fullName().substring("Rina ".length());

        assertEquals(1, search(tag).getInt("totalItems"));
        assertEquals(0, search("%" + tag).getInt("totalItems"));
        assertEquals(0, search("_" + tag).getInt("totalItems"));
    }

    @Test
    void finds_a_participant_by_the_full_nik() {
        Person ani = person(true);
        String id = enrol(ani);

        JsonPath page = search(ani.nik());
        assertEquals(1, page.getInt("totalItems"));
        assertEquals(id, page.getString("items[0].id"));
        assertEquals(masked(ani.nik()), page.getString("items[0].nik"));
    }

    @Test
    void does_not_find_a_participant_by_part_of_the_nik() {
        Person ani = person(true);
        enrol(ani);
        assertEquals(0, search(ani.nik().substring(0, 15)).getInt("totalItems"));
    }

    @Test
    void sorts_the_list_by_name() {
        String tag = tag();
        String second = enrol(new Person(UUID.randomUUID().toString(), "zz Budi " + tag, null));
        String first = enrol(new Person(UUID.randomUUID().toString(), "Aa Budi " + tag, null));

        JsonPath page = search("Budi " + tag);
        assertEquals(List.of(first, second), page.getList("items.id"));
    }

    @Test
    void the_same_nik_in_two_requests_is_one_participant() {
        Person ani = person(true);
        Person sameNikElsewhere = new Person(UUID.randomUUID().toString(), ani.fullName(), ani.nik());
        String first = enrol(ani);
        String second = awaitDecision(request(sameNikElsewhere, program(), YEAR, "RUTAN-PLK"), "ACCEPTED")
                .getString("participantId");

        assertEquals(first, second);
        assertEquals(1, search(ani.nik()).getInt("totalItems"));
    }

    @Test
    void without_a_nik_the_same_partner_reference_is_one_participant() {
        Person budi = named(person(false), "Budi Tanpa Nik");
        String first = enrol(budi);
        String second = enrol(budi);

        assertEquals(first, second);
        JsonPath page = search(budi.fullName());
        assertEquals(1, page.getInt("totalItems"));
        assertNull(page.getString("items[0].nik"));
    }

    @Test
    void a_later_request_brings_the_latest_name_and_a_nik_that_is_kept_once_known() {
        Person budi = person(false);
        Person withNik = new Person(budi.partnerRef(), "Budi Santoso " + tag(), person(true).nik());
        Person renamedWithoutNik = new Person(budi.partnerRef(), "Budi S. " + tag(), null);
        String id = enrol(budi);

        assertEquals(id, enrol(withNik));
        officer().get("/api/v1/participants/" + id).then()
                .statusCode(200)
                .body("fullName", equalTo(withNik.fullName()))
                .body("nik", equalTo(withNik.nik()));

        // Without a NIK this time: the person keeps the one given before and takes the new name
        assertEquals(id, enrol(renamedWithoutNik));
        officer().get("/api/v1/participants/" + id).then()
                .statusCode(200)
                .body("fullName", equalTo(renamedWithoutNik.fullName()))
                .body("nik", equalTo(withNik.nik()));

        // The NIK now finds the person whatever reference another partner knows them by
        Person elsewhere = new Person(UUID.randomUUID().toString(), withNik.fullName(), withNik.nik());
        assertEquals(id, awaitDecision(request(elsewhere, program(), YEAR, "RUTAN-PLK"), "ACCEPTED")
                .getString("participantId"));
        assertEquals(1, search(withNik.nik()).getInt("totalItems"));
    }

    @Test
    void answers_404_problem_for_an_unknown_participant() {
        viewer().get("/api/v1/participants/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void answers_404_problem_for_an_id_that_is_not_a_uuid() {
        viewer().get("/api/v1/participants/6204011503900001").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("6204011503900001")));
    }

    @Test
    void lets_an_officer_and_a_viewer_list() {
        officer().get("/api/v1/participants").then().statusCode(200).body("$", hasKey("totalItems"));
        viewer().get("/api/v1/participants").then().statusCode(200).body("$", hasKey("totalItems"));
    }

    @Test
    void refuses_a_request_without_token_with_401() {
        given().get("/api/v1/participants").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/participants/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void gives_nothing_to_a_rutan_role() {
        String id = enrol(person(true));
        given().auth().oauth2(Tokens.forRole("rutan-officer")).get("/api/v1/participants").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("rutan-officer")).get("/api/v1/participants/" + id).then()
                .statusCode(403);
    }

    /** Enrols the person in a new program and returns the participant disnaker matched them to. */
    private static String enrol(Person person) {
        return awaitDecision(request(person, program(), YEAR), "ACCEPTED").getString("participantId");
    }

    /** As an officer: a search by NIK is for officers only (SPEC 8); a list shows both roles the same. */
    private static JsonPath search(String q) {
        return officer().queryParam("q", q).get("/api/v1/participants").then().statusCode(200).extract().jsonPath();
    }

    /** The same person under a name no other test uses. */
    private static Person named(Person person, String name) {
        return new Person(person.partnerRef(), name + " " + tag(), person.nik());
    }

    /** Letters only, so a name search never meets a NIK. */
    private static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return tag.toString();
    }

    private static String masked(String nik) {
        return nik.substring(0, 4) + "**********" + nik.substring(14);
    }
}
