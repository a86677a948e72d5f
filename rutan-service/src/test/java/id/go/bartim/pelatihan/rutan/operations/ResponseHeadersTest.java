package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SPEC 8: every response has {@code X-Content-Type-Options: nosniff}; every response under {@code /api}, where
 * personal data is answered, has {@code Cache-Control: no-store}, whoever wrote it (resource, problem mapper,
 * authentication, the body filter).
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ResponseHeadersTest {

    @Test
    void an_api_answer_is_neither_sniffed_nor_stored() {
        assertApiHeaders(officer().get("/api/v1/inmates"), 200);
    }

    @Test
    void a_refusal_by_authentication_is_neither_sniffed_nor_stored() {
        assertApiHeaders(given().get("/api/v1/inmates"), 401);
        assertApiHeaders(given().auth().oauth2(Tokens.forRole("rutan-viewer")).contentType("application/json")
                .body("{}").post("/api/v1/inmates"), 403);
    }

    @Test
    void a_body_refused_before_routing_is_neither_sniffed_nor_stored() {
        assertApiHeaders(officer().contentType("application/json").body(new byte[1024 * 1024 + 1])
                .post("/api/v1/inmates"), 413);
    }

    @Test
    void problems_for_bad_input_and_unknown_paths_are_neither_sniffed_nor_stored() {
        assertApiHeaders(officer().contentType("application/json").body("{\"fullName\":").post("/api/v1/inmates"), 400);
        assertApiHeaders(officer().get("/api/v1/nothing-here"), 404);
    }

    @Test
    void public_endpoints_are_not_sniffed_either() {
        for (String path : new String[] {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            Response response = given().get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        }
    }

    private static io.restassured.specification.RequestSpecification officer() {
        return given().auth().oauth2(Tokens.forRole("rutan-officer"));
    }

    private static void assertApiHeaders(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-store", response.header("Cache-Control"));
    }
}
