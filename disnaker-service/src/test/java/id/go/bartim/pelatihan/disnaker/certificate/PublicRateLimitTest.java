package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * SPEC 11: more than APP_PUBLIC_RATE_LIMIT (30) public requests a minute from one address get 429 with Retry-After,
 * the pages /verify and /progress counted with the API.
 * The clock stands still at a minute of the test's choosing; another address is RateLimiterTest's (platform), as every
 * request here comes from the same one.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PublicRateLimitTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refuses_the_31st_request_of_a_minute_with_429_and_retry_after_then_lets_the_next_minute_in() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES);
        clock.set(minute.plusSeconds(20));
        for (int i = 0; i < 30; i++) {
            verify().statusCode(200).body("valid", equalTo(false));
        }
        verify().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "40")
                .body("type", endsWith("/rate-limited"))
                .body("status", equalTo(429));
        given().get("/api/v1/certificates").then().statusCode(401);

        clock.set(minute.plusSeconds(59));
        verify().statusCode(429).header("Retry-After", "1");
        clock.set(minute.plusSeconds(60));
        verify().statusCode(200).body("valid", equalTo(false));
    }

    @Test
    void counts_the_public_pages_with_the_api_and_answers_a_page_with_a_429_page() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(4, ChronoUnit.MINUTES);
        clock.set(minute.plusSeconds(30));
        for (int i = 0; i < 15; i++) {
            verify().statusCode(200);
            verifyPage().statusCode(200).contentType(containsString("text/html"));
        }
        verifyPage().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", "30")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(containsString("<html lang=\"id\">"), containsString("Terlalu banyak permintaan"),
                        containsString("30 detik"));
        given().get("/progress").then().statusCode(429).header("Retry-After", "30");
        verify().statusCode(429).contentType("application/problem+json");
        given().get("/assets/pages.css").then().statusCode(200);

        clock.set(minute.plusSeconds(60));
        verifyPage().statusCode(200).body(containsString("Tidak ditemukan"));
    }

    @Test
    void counts_a_path_with_matrix_parameters_as_the_path_it_reaches() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(6, ChronoUnit.MINUTES);
        clock.set(minute.plusSeconds(30));
        for (int i = 0; i < 15; i++) {
            given().urlEncodingEnabled(false).get("/verify;x=" + i + "?number=A&code=AAAAAAAAAA").then()
                    .statusCode(200).body(containsString("Tidak ditemukan"));
            given().urlEncodingEnabled(false)
                    .get("/api/v1/public;x/certificates/verification?number=A&code=AAAAAAAAAA").then()
                    .statusCode(200).body("valid", equalTo(false));
        }
        given().urlEncodingEnabled(false).get("/verify;y?number=A&code=AAAAAAAAAA").then().statusCode(429);
        given().urlEncodingEnabled(false).get("/api/v1/public;y/certificates/verification?number=A&code=AAAAAAAAAA")
                .then().statusCode(429);
    }

    private static ValidatableResponse verifyPage() {
        return given().queryParam("number", "DISNAKERTRANS-BARTIM/PTK-01/2026/999999")
                .queryParam("code", "AAAAAAAAAA")
                .get("/verify").then();
    }

    private static ValidatableResponse verify() {
        return given().queryParam("number", "DISNAKERTRANS-BARTIM/PTK-01/2026/999999")
                .queryParam("code", "AAAAAAAAAA")
                .get("/api/v1/public/certificates/verification").then();
    }
}
