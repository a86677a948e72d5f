package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/**
 * SPEC 8's limits on tokens with the defaults (APP_SECURITY_MAX_TOKEN_LIFETIME PT12H, APP_SECURITY_CLOCK_SKEW PT30S),
 * each refusal a 401 problem, as often as the token is sent (the cache of verified tokens lets none in).
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class TokenLimitsTest {

    private static final String ROLE = "disnaker-viewer";

    @Test
    void refuses_a_token_that_lives_longer_than_12_hours() {
        Instant now = Instant.now();
        refused(Tokens.lasting(ROLE, now, now.plus(Duration.ofDays(3653))));
        refused(Tokens.lasting(ROLE, now, now.plus(Duration.ofHours(12)).plusSeconds(1)));
    }

    @Test
    void accepts_a_token_that_lives_12_hours() {
        Instant now = Instant.now();
        accepted(Tokens.lasting(ROLE, now, now.plus(Duration.ofHours(12))));
    }

    @Test
    void refuses_a_token_without_iat() {
        refused(Tokens.lasting(ROLE, null, Instant.now().plus(Duration.ofMinutes(30))));
    }

    @Test
    void accepts_a_token_20_seconds_past_its_expiry_and_refuses_one_40_seconds_past() {
        Instant now = Instant.now();
        accepted(Tokens.lasting(ROLE, now.minus(Duration.ofHours(1)), now.minusSeconds(20)));
        refused(Tokens.lasting(ROLE, now.minus(Duration.ofHours(1)), now.minusSeconds(40)));
    }

    static void accepted(String token) {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/programs").then().statusCode(200);
        }
    }

    static void refused(String token) {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/programs").then()
                    .statusCode(401).contentType("application/problem+json").body("type", endsWith("/unauthorized"));
        }
    }
}
