package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Certified;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.disnaker.quota.TrainedPeople;
import id.go.bartim.pelatihan.testing.Browsers;
import id.go.bartim.pelatihan.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.certified;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 11 in a real browser (headless chromium, JavaScript off): a person checks a certificate at /verify and reads
 * the progress at /progress; the pages' accessibility basics. Screenshots go to target/screenshots/ (README's come
 * from there). The pages are opened in a minute of their own (TestClock), apart from the other tests' public requests.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PublicPagesBrowserTest {

    @Inject
    TestClock clock;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        clock.reset();
        browser.quit();
    }

    @Test
    void a_person_types_a_certificates_number_and_code_and_reads_that_it_is_valid_with_its_program() {
        String program = program("Pertukangan Kayu");
        Person holder = person(true);
        Certified certificate = certified(holder, program, openYear());
        String number = certificate.number();
        String code = certificate.code();
        ownMinute();

        Browsers.open(browser, "/verify");
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("name")).sendKeys(holder.fullName().toLowerCase());
        Browsers.submit(browser);

        assertEquals("Sertifikat sah", browser.findElement(By.id("answer")).getText());
        String answer = browser.findElement(By.cssSelector("section.answer")).getText();
        assertTrue(answer.contains("Pertukangan Kayu (" + program + ")"), answer);
        assertTrue(answer.contains("Sesuai dengan nama pada sertifikat"), answer);
        assertTrue(Files.exists(Browsers.screenshot(browser, "verify")));
    }

    @Test
    void a_person_who_opens_the_address_of_a_revoked_certificate_reads_that_it_was_revoked_and_not_why() {
        String program = program("Tata Boga");
        Certified certificate = certified(person(true), program, openYear());
        String number = certificate.number();
        String code = certificate.code();
        String revokedOn = PageFormat.date(LocalDate.parse(officer()
                .body(Map.of("reason", "Penilaian ulang: belum kompeten"))
                .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200)
                .extract().jsonPath().getString("revokedOn")));
        ownMinute();

        Browsers.open(browser, "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&code=" + code);

        assertEquals("Sertifikat telah dicabut", browser.findElement(By.id("answer")).getText());
        String answer = browser.findElement(By.cssSelector("section.answer")).getText();
        assertTrue(answer.contains("Tata Boga (" + program + ")"), answer);
        assertTrue(answer.contains("Tanggal dicabut\n" + revokedOn), answer);
        assertFalse(browser.getPageSource().contains("Penilaian ulang"), "the reason is never public");
        assertTrue(Files.exists(Browsers.screenshot(browser, "verify-revoked")));
    }

    @Test
    void a_person_types_a_number_that_does_not_exist_and_reads_tidak_ditemukan() {
        ownMinute();
        Browsers.open(browser, "/verify");
        browser.findElement(By.id("number")).sendKeys("DISNAKERTRANS-BARTIM/PTK-01/2026/999999");
        browser.findElement(By.id("code")).sendKeys("AAAAAAAAAA");
        Browsers.submit(browser);

        assertEquals("Tidak ditemukan", browser.findElement(By.id("answer")).getText());
        assertTrue(Files.exists(Browsers.screenshot(browser, "verify-not-found")));
    }

    @Test
    void a_person_reads_the_target_the_trained_the_charts_and_less_than_5_for_small_counts() {
        int year = freshYear();
        String[] names = {"Pertukangan Kayu", "Perbengkelan Sepeda Motor", "Tata Boga", "Las Listrik"};
        int[] trained = {9, 7, 5, 2};
        for (int i = 0; i < names.length; i++) {
            String program = program(names[i]);
            TrainedPeople.inProgram(year, program, trained[i], i == 0 ? 3 : 0);
            TrainedPeople.certificatesIssuedOn(year, program, LocalDate.of(year, 2 + 2 * i, 10));
        }
        ownMinute();
        JsonPath json = given().get("/api/v1/public/quota/" + year).then().statusCode(200).extract().jsonPath();

        Browsers.open(browser, "/progress?year=" + year);
        assertEquals("1.000", text("target"));
        assertEquals("23", text("trained"));
        assertEquals(json.getInt("trained.count"), Integer.parseInt(text("trained")));
        assertEquals("<5", text("reserved"));
        List<String> programRows = browser.findElements(By.cssSelector("section[aria-labelledby=per-program] tbody tr"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of("Pertukangan Kayu (", "Perbengkelan Sepeda Motor (", "Tata Boga (", "Las Listrik ("),
                programRows.stream().map(r -> r.substring(0, r.indexOf('(') + 1)).toList());
        assertTrue(programRows.get(0).endsWith(" 9 <5"), programRows.get(0));
        // 7 and 5 are hidden with the 2, so that 2 cannot be worked out from 23; they read "*", not "<5"
        assertTrue(programRows.get(1).endsWith(" * 0"), programRows.get(1));
        assertTrue(programRows.get(2).endsWith(" * 0"), programRows.get(2));
        assertTrue(programRows.get(3).endsWith(" <5 0"), programRows.get(3));
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertEquals(4, charts.size());
        for (WebElement chart : charts) {
            assertEquals("img", chart.getAttribute("role"));
            assertTrue(chart.isDisplayed());
        }
        assertTrue(charts.get(1).getAttribute("innerHTML").contains("&lt;5"), "the program chart writes <5");
        assertTrue(Files.exists(Browsers.screenshot(browser, "progress")));
    }

    @Test
    void both_pages_are_in_indonesian_with_one_h1_a_label_for_every_field_and_the_palettes_colours() {
        ownMinute();
        for (String page : List.of("/verify", "/progress?year=" + openYear())) {
            Browsers.open(browser, page);
            assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"), page);
            assertEquals(1, browser.findElements(By.tagName("h1")).size(), page);
            assertEquals(List.of(), browser.findElements(By.tagName("script")), page);
            for (WebElement field : browser.findElements(By.cssSelector("input, select, textarea"))) {
                String id = field.getAttribute("id");
                assertEquals(1, browser.findElements(By.cssSelector("label[for='" + id + "']")).size(),
                        page + ": a label for " + id);
            }
            for (WebElement chart : browser.findElements(By.tagName("svg"))) {
                String title = chart.getAttribute("aria-labelledby");
                assertTrue(!chart.findElements(By.id(title)).isEmpty(), page + ": chart titled " + title);
            }
            String text = hex(browser.findElement(By.tagName("body")).getCssValue("color"));
            String background = hex(browser.findElement(By.tagName("html")).getCssValue("background-color"));
            assertEquals(Palette.TEXT.hex, text, page);
            assertEquals(Palette.BACKGROUND.hex, background, page);
            assertTrue(PaletteTest.contrast(text, background) >= 4.5, page);
        }
    }


    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void ownMinute() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(23, ChronoUnit.MINUTES));
    }

    /** A computed colour, rgb(...) or rgba(...), as #rrggbb. */
    private static String hex(String css) {
        Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertTrue(rgb.find(), css);
        return "#%02x%02x%02x".formatted(Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)),
                Integer.parseInt(rgb.group(3)));
    }
}
