package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.TestClock;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificates (SPEC 4): one per COMPETENT completion, readable at its number, slashes and all. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class CertificateResourceTest {

    @Inject
    TestClock clock;

    @Test
    void issues_a_certificate_for_a_competent_completion_readable_at_its_number() {
        int year = freshYear();
        String code = program();
        String enrollment = completed(code, year, "COMPETENT");
        String participant = viewer().get("/api/v1/enrollments/" + enrollment).jsonPath().getString("participantId");
        String number = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001";

        viewer().get("/api/v1/certificates/" + number).then()
                .statusCode(200)
                .body("number", equalTo(number))
                .body("year", equalTo(year))
                .body("sequence", equalTo(1))
                .body("enrollmentId", equalTo(enrollment))
                .body("participantId", equalTo(participant))
                .body("programCode", equalTo(code));
    }

    @Test
    void dates_a_certificate_on_the_day_of_the_platforms_clock_in_wib() {
        int year = freshYear();
        String code = program();
        String id = request(person(true), code, year);
        awaitDecision(id, "ACCEPTED");
        // 00:30 WIB on 24 April is still 23 April in UTC
        clock.set(OffsetDateTime.parse("2026-04-24T00:30:00+07:00").toInstant());
        try {
            complete(id, "COMPETENT");
            awaitDecision(id, "COMPLETED");
        } finally {
            clock.reset();
        }
        viewer().get("/api/v1/certificates/DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001").then()
                .statusCode(200)
                .body("issuedOn", equalTo("2026-04-24"));
    }

    @Test
    void shows_the_verification_code_to_an_officer_and_not_to_a_viewer() {
        int year = freshYear();
        String code = program();
        completed(code, year, "COMPETENT");
        String number = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001";

        String verification = officer().get("/api/v1/certificates/" + number).then().statusCode(200)
                .extract().jsonPath().getString("verificationCode");
        assertTrue(verification.matches("^[A-HJ-NP-Z2-9]{10}$"), verification);
        officer().queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                .body("items[0].verificationCode", equalTo(verification));
        viewer().get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("$", not(hasKey("verificationCode")));
        viewer().queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                .body("items[0]", not(hasKey("verificationCode")));
    }

    @Test
    void lists_the_certificates_of_a_year_in_sequence() {
        int year = freshYear();
        String code = program();
        String first = completed(code, year, "COMPETENT");
        String second = completed(code, year, "COMPETENT");
        completed(code, freshYear(), "COMPETENT");

        JsonPath page = list(year);
        assertEquals(2, page.getInt("totalItems"));
        assertEquals(List.of(first, second), page.getList("items.enrollmentId"));
        assertEquals(List.of(1, 2), page.getList("items.sequence"));
        assertEquals(List.of("DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001",
                "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000002"), page.getList("items.number"));
    }

    @Test
    void issues_no_certificate_for_a_not_yet_competent_completion() {
        int year = freshYear();
        completed(program(), year, "NOT_YET_COMPETENT");
        assertEquals(0, list(year).getInt("totalItems"));
    }

    @Test
    void records_each_read_of_a_certificate_in_the_audit_log() {
        int year = freshYear();
        String code = program();
        completed(code, year, "COMPETENT");
        String number = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001";
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).get("/api/v1/certificates/" + number).then()
                .statusCode(200);
        assertEquals(List.of(new AuditLines.Line(reader, "READ", "certificate", number, null, List.of())),
                AuditLines.by(reader));
    }

    @Test
    void writes_no_audit_line_for_a_refused_read_of_a_certificate() {
        int year = freshYear();
        String code = program();
        completed(code, year, "COMPETENT");
        String number = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001";
        String unknown = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000002";
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).get("/api/v1/certificates/" + unknown).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.forRole("rutan-officer", reader)).get("/api/v1/certificates/" + number).then()
                .statusCode(403);
        assertEquals(List.of(), AuditLines.by(reader));
        assertEquals(List.of(), AuditLines.about("certificate", unknown));
    }

    @Test
    void answers_404_problem_for_an_unknown_number() {
        viewer().get("/api/v1/certificates/DISNAKERTRANS-BARTIM/NOP-99/2030/999999").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void does_not_echo_a_path_that_is_not_a_certificate_number() {
        viewer().get("/api/v1/certificates/6204011503900001").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("6204011503900001")));
    }

    @Test
    void refuses_a_year_that_is_not_a_year_with_400() {
        viewer().queryParam("year", "20x6").get("/api/v1/certificates").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void lets_an_officer_and_a_viewer_list() {
        officer().get("/api/v1/certificates").then().statusCode(200);
        viewer().get("/api/v1/certificates").then().statusCode(200);
    }

    @Test
    void refuses_a_request_without_token_with_401() {
        given().get("/api/v1/certificates").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001").then().statusCode(401);
    }

    @Test
    void gives_nothing_to_a_rutan_role() {
        given().auth().oauth2(Tokens.forRole("rutan-officer")).get("/api/v1/certificates").then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("rutan-officer"))
                .get("/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001").then()
                .statusCode(403);
    }

    /** An accepted enrollment assessed with the outcome; returns its id once disnaker has recorded it. */
    private static String completed(String code, int year, String outcome) {
        String id = request(person(true), code, year);
        awaitDecision(id, "ACCEPTED");
        complete(id, outcome);
        awaitDecision(id, outcome.equals("COMPETENT") ? "COMPLETED" : "NOT_COMPETENT");
        return id;
    }

    private static JsonPath list(int year) {
        return viewer().queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                .extract().jsonPath();
    }
}
