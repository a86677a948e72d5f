package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.platform.security.CachingJwtParser;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static id.go.bartim.pelatihan.disnaker.catalog.Programs.body;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.freshCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** SPEC 2 authentication and roles, each outcome as problem+json, and nothing stored on refusal. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ProgramSecurityTest {

    @Inject
    JWTParser parser;

    @Test
    void verifies_bearer_tokens_through_the_cache_of_verified_tokens() {
        assertInstanceOf(CachingJwtParser.class, ClientProxy.unwrap(parser));
    }

    @Test
    void refuses_a_tampered_copy_of_a_token_it_has_already_accepted() {
        String token = Tokens.forRole("disnaker-viewer");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/programs").then().statusCode(200);
        }
        String[] parts = token.split("\\.");
        String officerClaims = Tokens.forRole("disnaker-officer").split("\\.")[1];
        given().auth().oauth2(parts[0] + "." + officerClaims + "." + parts[2])
                .contentType("application/json").body(body(freshCode())).post("/api/v1/programs").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void rejects_a_request_without_token_with_401() {
        given().get("/api/v1/programs").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void rejects_a_token_with_a_bad_signature_with_401() {
        given().auth().oauth2(Tokens.signedByStranger("disnaker-officer")).get("/api/v1/programs").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void rejects_an_expired_token_with_401() {
        given().auth().oauth2(Tokens.expired("disnaker-officer")).get("/api/v1/programs").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void rejects_a_token_from_another_issuer_with_401() {
        given().auth().oauth2(Tokens.withIssuer("https://elsewhere.example", "disnaker-officer"))
                .get("/api/v1/programs").then()
                .statusCode(401);
    }

    @Test
    void gives_nothing_to_a_role_of_the_other_service() {
        given().auth().oauth2(Tokens.forRole("rutan-officer")).get("/api/v1/programs").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }

    @Test
    void forbids_a_viewer_to_write_and_stores_nothing() {
        String code = freshCode();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer")).contentType("application/json")
                .body(body(code)).post("/api/v1/programs").then()
                .statusCode(403)
                .contentType("application/problem+json");
        Programs.asViewer().get("/api/v1/programs/" + code).then().statusCode(404);
    }

    @Test
    void leaves_health_openapi_and_metrics_public() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
