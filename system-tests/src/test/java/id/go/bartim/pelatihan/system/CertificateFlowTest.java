package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.testing.Browsers;
import id.go.bartim.pelatihan.testing.PdfPapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A certificate's whole life across both processes (SPEC 11): a COMPETENT completion on rutan, the certificate
 * issued by disnaker, its PDF downloaded, the PDF's QR code opened in a real browser (chromium, JavaScript off), the
 * certificate revoked, the page saying so, and rutan's enrollment showing REVOKED.
 */
class CertificateFlowTest {

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
        flows = new Flows(system);
    }

    @Test
    void a_certificate_is_printed_checked_through_its_qr_code_revoked_and_rutan_hears_of_it() {
        String code = flows.program(75);
        String classId = flows.runningClass(code, 10);
        String sessionId = flows.session(classId, 4);
        String holder = "Siti Rahmawati";
        String id = flows.enrolled(classId, flows.inmate(null, holder));
        flows.awaitOnRutan(id, "ACCEPTED");
        flows.attend(classId, sessionId, id, "PRESENT");
        flows.complete(id, "COMPETENT").then().statusCode(200);
        String number = await().atMost(Flows.PROPAGATION).until(() -> flows.rutan().get("/api/v1/enrollments/" + id)
                .jsonPath().getString("certificateNumber"), n -> n != null);
        flows.rutan().get("/api/v1/enrollments/" + id).then().body("certificateStatus", equalTo("VALID"));

        String verificationCode = flows.disnaker().get("/api/v1/certificates/" + number).then().statusCode(200)
                .extract().jsonPath().getString("verificationCode");
        byte[] pdf = flows.disnaker().accept("application/pdf").get("/api/v1/certificates/" + number).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfPapers.text(pdf);
        assertTrue(text.contains(holder) && text.contains(number) && text.contains(verificationCode), text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String never : List.of("rutan", "tahanan", "warga binaan", "lapas", "pemasyarakatan")) {
            assertFalse(lower.contains(never), never);
        }
        String address = PdfPapers.qrCode(pdf);
        assertEquals(system.disnaker.baseUrl() + "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&code=" + verificationCode, address);

        ChromeDriver browser = Browsers.chromium();
        try {
            browser.get(address);
            assertEquals("Sertifikat sah", browser.findElement(By.id("answer")).getText());
            assertTrue(browser.findElement(By.cssSelector("section.answer")).getText().contains(code));
            Browsers.screenshot(browser, "certificate-flow-valid");

            flows.disnaker().body(Map.of("reason", "Penilaian diulang: diterbitkan atas penilaian yang keliru"))
                    .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200)
                    .body("status", equalTo("REVOKED"));
            browser.navigate().refresh();
            assertEquals("Sertifikat telah dicabut", browser.findElement(By.id("answer")).getText());
            assertFalse(browser.getPageSource().contains("Penilaian diulang"), "the reason is never public");
            Browsers.screenshot(browser, "certificate-flow-revoked");
        } finally {
            browser.quit();
        }
        await().atMost(Flows.PROPAGATION).until(() -> flows.rutan().get("/api/v1/enrollments/" + id)
                .jsonPath().getString("certificateStatus"), "REVOKED"::equals);
        flows.disnaker().accept("application/pdf").get("/api/v1/certificates/" + number).then().statusCode(409);
    }
}
