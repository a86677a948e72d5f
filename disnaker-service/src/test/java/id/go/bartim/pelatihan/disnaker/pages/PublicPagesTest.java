package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Certified;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.certified;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * SPEC 11: the public pages over HTTP: what they refuse, what they never show, and the policy that keeps them from
 * loading anything from elsewhere. What a person sees in a browser is PublicPagesBrowserTest's. The requests run in a
 * minute of their own (TestClock), apart from the other tests' public requests.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PublicPagesTest {

    private static final String UNKNOWN = "DISNAKERTRANS-BARTIM/PTK-01/2026/999999";

    @Inject
    TestClock clock;

    @BeforeEach
    void ownMinute() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(17, ChronoUnit.MINUTES));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void serves_the_form_under_a_strict_policy_loading_nothing_from_elsewhere() {
        String page = given().get("/verify").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", PublicPagesResource.POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("style="), "inline styles would need 'unsafe-inline'");
        // Relative: behind a proxy that serves the service under a path prefix, they stay under it
        assertEquals(List.of("assets/pages.css", "verify", "progress"), references(page));
        given().get("/assets/pages.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("color: " + Palette.TEXT.hex), not(containsString("@import")),
                        not(containsString("url(")));
    }

    @Test
    void shows_the_form_again_with_a_message_and_400_for_a_missing_or_over_long_field() {
        verifyPage(Map.of("number", UNKNOWN)).statusCode(400)
                .body(containsString("Isi nomor sertifikat dan kode verifikasi."), not(containsString("<h2")));
        verifyPage(Map.of("number", " ", "code", "AAAAAAAAAA")).statusCode(400)
                .body(containsString("Isi nomor sertifikat dan kode verifikasi."));
        verifyPage(Map.of("number", UNKNOWN + "/" + "9".repeat(64), "code", "AAAAAAAAAA")).statusCode(400)
                .body(containsString("Nomor sertifikat terlalu panjang"));
        verifyPage(Map.of("number", UNKNOWN, "code", "AAAAAAAAAAA")).statusCode(400)
                .body(containsString("Kode verifikasi terdiri dari 10 karakter."));
        verifyPage(Map.of("number", UNKNOWN, "code", "AAAAAAAAAA", "name", "N".repeat(201))).statusCode(400)
                .body(containsString("Nama terlalu panjang"));
    }

    @Test
    void answers_an_unknown_number_and_a_wrong_code_with_the_same_words_and_never_shows_the_name() {
        String typedName = "Nama Yang Diketik";
        String unknown = answer(verifyPage(Map.of("number", UNKNOWN, "code", "AAAAAAAAAA", "name", typedName))
                .statusCode(200).body(not(containsString(typedName))).extract().asString());
        Certified certificate = certified(person(true), program(), openYear());
        String number = certificate.number();
        String code = certificate.code();
        String wrong = (code.startsWith("B") ? "C" : "B") + code.substring(1);
        String wrongCode = answer(verifyPage(Map.of("number", number, "code", wrong)).statusCode(200)
                .extract().asString());
        assertEquals(unknown, wrongCode);
        assertFalse(unknown.contains("Sertifikat sah"), unknown);
    }

    @Test
    void shows_the_progress_of_the_current_year_by_default_cacheable_for_a_minute() {
        int year = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta")).getYear();
        given().get("/progress").then().statusCode(200)
                .header("Content-Security-Policy", PublicPagesResource.POLICY)
                .header("Cache-Control", "public, max-age=60")
                .body(containsString("<h1>1.000 Tenaga Kerja Terlatih · " + year + "</h1>"));
    }

    @Test
    void refuses_a_year_that_is_not_one_from_2000_to_2100_with_the_page_and_a_message() {
        for (String year : List.of("1999", "2101", "20x6", "<b>")) {
            given().queryParam("year", year).get("/progress").then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("Tahun harus angka dari 2000 sampai 2100."), not(containsString("<b>")));
        }
    }

    @Test
    void escapes_what_was_typed_when_it_shows_the_form_again() {
        verifyPage(Map.of("number", "<script>x</script>")).statusCode(400)
                .body(not(containsString("<script>")), containsString("&lt;script&gt;"));
    }

    private static ValidatableResponse verifyPage(Map<String, String> query) {
        return given().queryParams(query).get("/verify").then();
    }

    /** The answer part of a verify page. */
    private static String answer(String page) {
        Matcher section = Pattern.compile("<section class=\"answer\".*?</section>", Pattern.DOTALL).matcher(page);
        return section.find() ? section.group() : "";
    }

    /** Every address the page loads or links to: href and src values. */
    private static List<String> references(String page) {
        Matcher refs = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (refs.find()) {
            found.add(refs.group(1));
        }
        return found.stream().distinct().toList();
    }
}
