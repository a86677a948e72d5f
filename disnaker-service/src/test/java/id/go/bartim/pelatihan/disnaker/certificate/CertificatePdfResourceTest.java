package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.PdfPapers;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.anonymiseHolderOf;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.certificateNumberOf;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate's paper through REST (SPEC 11): officers only, audited, never of a name retention removed. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class CertificatePdfResourceTest {

    private static final String PDF = "application/pdf";
    private static final AtomicInteger PROGRAMS = new AtomicInteger(10);

    @Test
    void gives_an_officer_the_certificate_as_a_pdf_inline_uncached_naming_neither_rutan_nor_partner() throws IOException {
        Issued issued = issued();
        Response response = officer().accept(PDF).get("/api/v1/certificates/" + issued.number());
        response.then().statusCode(200)
                .contentType(PDF)
                .header("Content-Disposition", equalTo("inline; filename=\""
                        + issued.number().replace('/', '_') + ".pdf\""))
                .header("Cache-Control", "no-store");
        String text = PdfPapers.text(response.asByteArray());
        String code = officer().get("/api/v1/certificates/" + issued.number()).jsonPath().getString("verificationCode");
        for (String shown : List.of(issued.holder(), "Pertukangan Kayu " + issued.program(), "160 jam",
                "F.45KKK00.001.1", issued.number(), code, "localhost:8082/verify")) {
            assertTrue(text.contains(shown), () -> "no \"" + shown + "\" in:\n" + text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String never : List.of("rutan", "tahanan", "warga binaan", "lapas", "pemasyarakatan",
                issued.partnerRef())) {
            assertFalse(lower.contains(never.toLowerCase(Locale.ROOT)), never);
        }
    }

    @Test
    void records_each_download_in_the_audit_log() {
        Issued issued = issued();
        String reader = "officer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-officer", reader)).accept(PDF)
                .get("/api/v1/certificates/" + issued.number()).then().statusCode(200);
        assertEquals(List.of(new AuditLines.Line(reader, "DOWNLOAD", "certificate", issued.number(), null, List.of())),
                AuditLines.by(reader));
    }

    @Test
    void refuses_a_viewer_the_pdf_which_shows_the_verification_code() {
        Issued issued = issued();
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).accept(PDF)
                .get("/api/v1/certificates/" + issued.number()).then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(List.of(), AuditLines.by(reader));
    }

    @Test
    void answers_an_unknown_number_with_the_404_of_the_json_read() {
        String unknown = "/api/v1/certificates/DISNAKERTRANS-BARTIM/NOP-99/2030/999999";
        String json = officer().get(unknown).then().statusCode(404).extract().asString();
        officer().accept(PDF).get(unknown).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        assertEquals(json, officer().accept(PDF).get(unknown).asString());
    }

    @Test
    void answers_410_once_retention_removed_the_holders_name_and_writes_no_line() {
        Issued issued = issued();
        anonymiseHolderOf(issued.number());
        String reader = "officer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-officer", reader)).accept(PDF)
                .get("/api/v1/certificates/" + issued.number()).then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", endsWith("/holder-name-removed"));
        assertEquals(List.of(), AuditLines.by(reader));
    }

    @Test
    void refuses_with_409_the_paper_of_a_revoked_certificate_and_writes_no_line() {
        Issued issued = issued();
        officer().body(Map.of("reason", "Diterbitkan atas penilaian yang salah"))
                .post("/api/v1/certificates/" + issued.number() + "/revocation").then().statusCode(200);
        String reader = "officer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-officer", reader)).accept(PDF)
                .get("/api/v1/certificates/" + issued.number()).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/certificate-revoked"));
        assertEquals(List.of(), AuditLines.by(reader));
    }

    @Test
    void refuses_with_422_a_name_the_font_cannot_print_and_writes_no_line() {
        Person someone = person(true);
        Issued issued = issued(new Person(someone.partnerRef(), "李小龍", someone.nik()));
        String reader = "officer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-officer", reader)).accept(PDF)
                .get("/api/v1/certificates/" + issued.number()).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/unprintable-text"))
                .body("detail", not(containsString("李")));
        assertEquals(List.of(), AuditLines.by(reader));
    }

    @Test
    void keeps_json_the_answer_to_any_other_accept() {
        Issued issued = issued();
        for (String accept : List.of("*/*", "application/json", "application/json, application/pdf;q=0.5")) {
            officer().accept(accept).get("/api/v1/certificates/" + issued.number()).then()
                    .statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("number", equalTo(issued.number()));
        }
        viewer().get("/api/v1/certificates/" + issued.number()).then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    /** A certificate just issued for a program with a competency unit; what its paper must show. */
    private record Issued(String number, String program, String holder, String partnerRef) {
    }

    private Issued issued() {
        return issued(person(true));
    }

    /** In the year shared by tests that count nothing: fresh years are few. */
    private Issued issued(Person person) {
        String program = "CPD-" + PROGRAMS.incrementAndGet();
        officer().body(Map.of("code", program, "name", "Pertukangan Kayu " + program, "sector", "Konstruksi",
                        "trainingHours", 160, "competencyUnits", List.of("F.45KKK00.001.1")))
                .post("/api/v1/programs").then().statusCode(201);
        String enrollment = request(person, program, openYear());
        awaitDecision(enrollment, "ACCEPTED");
        complete(enrollment, "COMPETENT");
        awaitDecision(enrollment, "COMPLETED");
        return new Issued(certificateNumberOf(enrollment), program, person.fullName(), person.partnerRef());
    }
}
