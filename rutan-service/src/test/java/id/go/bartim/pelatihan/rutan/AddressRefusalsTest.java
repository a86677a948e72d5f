package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.testing.RawHttp;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client writes into an address or a header (SPEC 8): text PostgreSQL cannot store is a 400 problem, never a
 * 500, and a problem's detail repeats only what was validated (a UUID that parsed, a program code of its shape).
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class AddressRefusalsTest {

    private static final String MARKER = "Budi Santoso 6204011503900001";

    @Test
    void a_nul_in_a_search_is_a_400_naming_the_parameter() {
        viewer().urlEncodingEnabled(false).get("/api/v1/inmates?q=Budi%00").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void a_nul_in_a_path_is_a_400() {
        viewer().urlEncodingEnabled(false).get("/api/v1/programs/PTK%0001").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void an_idempotency_key_holding_a_nul_is_a_400_and_registers_nobody() throws Exception {
        String body = "{\"inmateId\": \"00000000-0000-0000-0000-000000000000\"}";
        String token = Tokens.forRole("rutan-officer", "petugas-sari");
        try (RawHttp http = new RawHttp(RestAssured.port)) {
            String response = http.write("POST /api/v1/classes/00000000-0000-0000-0000-000000000000/enrollments "
                    + "HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: a\0b\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body).readHead();
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
        }
    }

    @Test
    void an_unknown_program_is_named_only_when_it_has_a_codes_shape() {
        viewer().get("/api/v1/programs/" + MARKER).then()
                .statusCode(404)
                .body("detail", equalTo("No such program"))
                .body(not(containsString("Budi")));
        viewer().get("/api/v1/programs/ZZZ-999").then()
                .statusCode(404)
                .body("detail", equalTo("Program ZZZ-999 does not exist"));
    }

    @Test
    void a_stale_if_match_is_refused_without_being_repeated() {
        String id = inmate();
        officer().contentType("application/merge-patch+json").header("If-Match", "\"" + MARKER + "\"")
                .body(Map.of("cellBlock", "Blok C-1")).patch("/api/v1/inmates/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body(not(containsString("Budi")))
                .body(not(containsString("6204011503900001")));
    }

    @Test
    void a_class_of_a_code_that_is_no_program_code_is_refused_without_repeating_it() {
        officer().body(Map.of("programCode", MARKER, "name", "Kelas", "startDate", "2026-02-02",
                        "endDate", "2026-04-24", "capacity", 5))
                .post("/api/v1/classes").then()
                .statusCode(422)
                .body("type", endsWith("/program-not-available"))
                .body(not(containsString("Budi")));
    }

    @Test
    void the_public_endpoints_still_answer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
