package id.go.bartim.pelatihan.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/**
 * SPEC 8's token settings as an operator gives them, as environment variables of the packaged service
 * ({@link HardenedRutan}): MP_JWT_VERIFY_AUDIENCES, APP_SECURITY_MAX_TOKEN_LIFETIME, APP_SECURITY_CLOCK_SKEW. Each
 * refusal is a 401 problem every time the token is sent (the cache of verified tokens lets none in).
 */
class TokenSettingsFlowTest {

    private static final String ROLE = "rutan-viewer";

    @Test
    void accepts_a_token_for_this_service() {
        accepted(HardenedRutan.token(ROLE));
    }

    @Test
    void refuses_a_token_for_another_service_or_for_none() {
        Instant now = Instant.now();
        refused(HardenedRutan.token(ROLE, now, now.plus(Duration.ofMinutes(30)), "disnaker-service"));
        refused(HardenedRutan.token(ROLE, now, now.plus(Duration.ofMinutes(30)), null));
    }

    @Test
    void refuses_a_token_that_lives_longer_than_the_configured_lifetime() {
        Instant now = Instant.now();
        accepted(HardenedRutan.token(ROLE, now, now.plus(HardenedRutan.MAX_TOKEN_LIFETIME), HardenedRutan.AUDIENCE));
        refused(HardenedRutan.token(ROLE, now, now.plus(HardenedRutan.MAX_TOKEN_LIFETIME).plusSeconds(1),
                HardenedRutan.AUDIENCE));
        refused(HardenedRutan.token(ROLE, null, now.plus(Duration.ofMinutes(30)), HardenedRutan.AUDIENCE));
    }

    /** 20 s past its exp: within the default 30 s of skew, but not the 5 s configured here. */
    @Test
    void allows_only_the_configured_clock_skew() {
        Instant now = Instant.now();
        accepted(HardenedRutan.token(ROLE, now.minus(Duration.ofMinutes(30)), now, HardenedRutan.AUDIENCE));
        refused(HardenedRutan.token(ROLE, now.minus(Duration.ofMinutes(30)), now.minusSeconds(20),
                HardenedRutan.AUDIENCE));
    }

    private static void accepted(String token) {
        for (int i = 0; i < 2; i++) {
            rutan(token).get("/api/v1/inmates").then().statusCode(200);
        }
    }

    private static void refused(String token) {
        for (int i = 0; i < 2; i++) {
            rutan(token).get("/api/v1/inmates").then().statusCode(401)
                    .contentType("application/problem+json").body("type", endsWith("/unauthorized"));
        }
    }

    private static RequestSpecification rutan(String token) {
        return given().baseUri(HardenedRutan.get().baseUrl()).auth().oauth2(token);
    }
}
