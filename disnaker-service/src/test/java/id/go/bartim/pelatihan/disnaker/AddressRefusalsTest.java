package id.go.bartim.pelatihan.disnaker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * What a client writes into an address or a header (SPEC 8): text PostgreSQL cannot store is a 400 problem, never a
 * 500, and a problem's detail repeats only what was validated (a program code of its shape, a certificate number).
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class AddressRefusalsTest {

    private static final String MARKER = "Budi Santoso 6204011503900001";

    @Test
    void a_nul_in_a_search_is_a_400_naming_the_parameter() {
        viewer().urlEncodingEnabled(false).get("/api/v1/participants?q=Budi%00").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("q"));
        viewer().urlEncodingEnabled(false).get("/api/v1/enrollments?programCode=PTK%0001").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("programCode"));
    }

    @Test
    void a_nul_in_a_certificate_number_is_a_400() {
        viewer().urlEncodingEnabled(false).get("/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/00%0001").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void an_unknown_program_is_named_only_when_it_has_a_codes_shape() {
        viewer().get("/api/v1/programs/" + MARKER).then()
                .statusCode(404)
                .body("detail", equalTo("No such program"));
        officer().delete("/api/v1/programs/" + MARKER).then()
                .statusCode(404)
                .body(not(containsString("Budi")));
        viewer().get("/api/v1/programs/ZZZ-999").then()
                .statusCode(404)
                .body("detail", equalTo("Program ZZZ-999 does not exist"));
    }

    @Test
    void a_body_naming_another_code_than_the_address_is_refused_without_repeating_the_address() {
        officer().body(Map.of("code", "PTK-01", "name", "Pertukangan Kayu", "sector", "Konstruksi",
                        "trainingHours", 160))
                .put("/api/v1/programs/" + MARKER).then()
                .statusCode(409)
                .body("type", endsWith("/code-immutable"))
                .body(not(containsString("Budi")));
    }

    @Test
    void a_stale_if_match_is_refused_without_being_repeated() {
        String code = program();
        officer().header("If-Match", "\"" + MARKER + "\"")
                .body(Map.of("name", "Program " + code, "sector", "Konstruksi", "trainingHours", 100))
                .put("/api/v1/programs/" + code).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body(not(containsString("Budi")))
                .body(not(containsString("6204011503900001")));
    }

    @Test
    void an_unknown_topic_to_replay_is_refused_without_being_repeated() {
        officer().post("/api/v1/admin/dlq/" + MARKER + "/replay").then()
                .statusCode(404)
                .body(not(containsString("Budi")));
    }
}
