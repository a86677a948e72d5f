package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;


import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.certificateNumberOf;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cek sertifikat (SPEC 11): anyone checks a certificate by number and code, without a token. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PublicVerificationTest {

    private static final String PATH = "/api/v1/public/certificates/verification";

    @Test
    void answers_valid_with_the_program_and_year_for_the_right_number_and_code() {
        Issued issued = issued();
        verify(Map.of("number", issued.number(), "code", issued.code()))
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("programCode", equalTo(issued.program()))
                .body("programName", equalTo("Program " + issued.program()))
                .body("year", equalTo(issued.year()))
                .body("issuedOn", equalTo(issued.issuedOn()))
                .body("$", not(hasKey("nameMatches")));
    }

    @Test
    void takes_a_code_typed_in_lower_case_and_a_number_with_spaces_around_it() {
        Issued issued = issued();
        verify(Map.of("number", " " + issued.number() + " ", "code", issued.code().toLowerCase(Locale.ROOT)))
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void says_whether_a_given_name_is_the_holders_case_and_spaces_aside_and_never_returns_it() {
        Issued issued = issued();
        String typed = "  " + issued.holder().toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";
        String answer = verify(Map.of("number", issued.number(), "code", issued.code(), "name", typed))
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("nameMatches", equalTo(true))
                .extract().asString();
        assertEquals(-1, answer.toLowerCase(Locale.ROOT).indexOf(issued.holder().toLowerCase(Locale.ROOT)), answer);
        verify(Map.of("number", issued.number(), "code", issued.code(), "name", "Orang Lain"))
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("nameMatches", equalTo(false));
    }

    @Test
    void an_unknown_number_and_a_wrong_code_get_the_same_answer() {
        Issued issued = issued();
        String rest = issued.code().substring(1);
        String wrong = issued.code().startsWith("A") ? "B" + rest : "A" + rest;
        String wrongCode = verify(Map.of("number", issued.number(), "code", wrong, "name", issued.holder()))
                .statusCode(200).extract().asString();
        String unknownNumber = verify(Map.of("number", issued.number().replaceAll("/[0-9]{6}$", "/999999"),
                "code", issued.code(), "name", issued.holder())).statusCode(200).extract().asString();
        assertEquals("{\"valid\":false}", wrongCode.replace(" ", ""));
        assertEquals(wrongCode, unknownNumber);
    }

    @Test
    void a_revoked_certificate_answers_valid_false_with_status_revoked_and_its_dates_but_never_the_reason() {
        Issued issued = issued();
        String reason = "Alasan rahasia " + UUID.randomUUID();
        String revokedOn = officer().body(Map.of("reason", reason))
                .post("/api/v1/certificates/" + issued.number() + "/revocation").then().statusCode(200)
                .extract().jsonPath().getString("revokedOn");

        String answer = verify(Map.of("number", issued.number(), "code", issued.code(), "name", issued.holder()))
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("status", equalTo("REVOKED"))
                .body("programCode", equalTo(issued.program()))
                .body("programName", equalTo("Program " + issued.program()))
                .body("year", equalTo(issued.year()))
                .body("issuedOn", equalTo(issued.issuedOn()))
                .body("revokedOn", equalTo(revokedOn))
                .body("nameMatches", equalTo(true))
                .extract().asString();
        assertEquals(-1, answer.indexOf("Alasan"), answer);
        assertEquals(-1, answer.indexOf("reason"), answer);
        verify(Map.of("number", issued.number(), "code", issued.code()))
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("$", not(hasKey("nameMatches")));
    }

    @Test
    void a_wrong_code_for_a_revoked_certificate_gets_only_valid_false() {
        Issued issued = issued();
        officer().body(Map.of("reason", "Penilaian dibatalkan"))
                .post("/api/v1/certificates/" + issued.number() + "/revocation").then().statusCode(200);
        String rest = issued.code().substring(1);
        String wrong = issued.code().startsWith("A") ? "B" + rest : "A" + rest;
        String answer = verify(Map.of("number", issued.number(), "code", wrong, "name", issued.holder()))
                .statusCode(200).extract().asString();
        assertEquals("{\"valid\":false}", answer.replace(" ", ""));
    }

    @Test
    void a_valid_certificate_answers_without_a_revocation_date() {
        Issued issued = issued();
        verify(Map.of("number", issued.number(), "code", issued.code()))
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("$", not(hasKey("revokedOn")));
    }

    @Test
    void refuses_a_missing_number_or_code_with_400_naming_the_field() {
        verify(Map.of("code", "K7MX2QHT9C")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
        verify(Map.of("number", "DISNAKERTRANS-BARTIM/PTK-01/2026/000001")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void refuses_over_long_fields_with_400() {
        String number = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001";
        verify(Map.of("number", number + "/" + "9".repeat(64), "code", "K7MX2QHT9C")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
        verify(Map.of("number", number, "code", "K7MX2QHT9CK")).statusCode(400)
                .body("errors[0].field", equalTo("code"));
        verify(Map.of("number", number, "code", "K7MX2QHT9C", "name", "N".repeat(201))).statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void writes_no_audit_line_about_the_certificate_for_a_verification() {
        Issued issued = issued();
        List<AuditLines.Line> before = AuditLines.about(Certificate.AUDIT_TYPE, issued.number());
        verify(Map.of("number", issued.number(), "code", issued.code(), "name", issued.holder())).statusCode(200);
        verify(Map.of("number", issued.number(), "code", "AAAAAAAAAA")).statusCode(200);
        assertEquals(before, AuditLines.about(Certificate.AUDIT_TYPE, issued.number()));
    }


    private static ValidatableResponse verify(Map<String, String> query) {
        return given().queryParams(query).get(PATH).then();
    }

    /** A certificate just issued, with what its paper shows. */
    private record Issued(String number, String code, String program, int year, String holder, String issuedOn) {
    }

    /** In the year shared by tests that count nothing: fresh years are few. */
    private Issued issued() {
        int year = openYear();
        String program = program();
        Person person = person(true);
        String enrollment = request(person, program, year);
        awaitDecision(enrollment, "ACCEPTED");
        complete(enrollment, "COMPETENT");
        awaitDecision(enrollment, "COMPLETED");
        String number = certificateNumberOf(enrollment);
        JsonPath certificate = officer().get("/api/v1/certificates/" + number).then().statusCode(200)
                .extract().jsonPath();
        return new Issued(number, certificate.getString("verificationCode"), program, year, person.fullName(),
                certificate.getString("issuedOn"));
    }
}
