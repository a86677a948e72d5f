package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.disnaker.catalog.Programs.asOfficer;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.asViewer;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.body;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.create;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.freshCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Bad input answers 400/413 as problem+json with the failing fields, and stores nothing. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ProgramRefusalsTest {

    @Test
    void lists_each_failed_field_of_an_invalid_program() {
        String code = freshCode();
        Map<String, Object> body = body(code);
        body.put("name", "ab");
        body.put("trainingHours", 2000);
        body.put("minAttendancePercent", 40);
        create(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItems("name", "trainingHours", "minAttendancePercent"));
        assertNotStored(code);
    }

    @Test
    void refuses_a_code_of_the_wrong_shape() {
        Map<String, Object> body = body("ptk-1");
        create(body).then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void refuses_a_program_without_code() {
        Map<String, Object> body = body(null);
        body.remove("code");
        create(body).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void refuses_malformed_json() {
        asOfficer().contentType("application/json").body("{\"code\": \"PTK-01\", ").post("/api/v1/programs").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", not(containsString("at ")));
    }

    @Test
    void refuses_a_value_of_the_wrong_type() {
        String code = freshCode();
        Map<String, Object> body = body(code);
        body.put("trainingHours", "many");
        create(body).then().statusCode(400).body("errors[0].field", equalTo("trainingHours"));
        assertNotStored(code);
    }

    @Test
    void refuses_an_unknown_field() {
        String code = freshCode();
        Map<String, Object> body = body(code);
        body.put("hours", 12);
        create(body).then().statusCode(400).body("errors[0].field", equalTo("hours"));
        assertNotStored(code);
    }

    @Test
    void refuses_a_body_over_one_mebibyte_with_413() {
        String code = freshCode();
        Map<String, Object> body = body(code);
        body.put("description", "x".repeat(1024 * 1024 + 10));
        create(body).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertNotStored(code);
    }

    @Test
    void refuses_a_page_size_over_100() {
        asViewer().queryParam("size", 101).get("/api/v1/programs").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void refuses_a_page_that_is_not_a_number_with_400() {
        asViewer().queryParam("page", "abc").get("/api/v1/programs").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void replays_the_first_answer_for_a_repeated_idempotency_key() {
        String code = freshCode();
        String key = "key-" + code;
        asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body(code))
                .post("/api/v1/programs").then().statusCode(201);
        asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body(code))
                .post("/api/v1/programs").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/v1/programs/" + code))
                .body("code", equalTo(code));
    }

    @Test
    void refuses_a_reused_idempotency_key_with_another_body_with_422() {
        String code = freshCode();
        String key = "key-" + code;
        asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body(code))
                .post("/api/v1/programs").then().statusCode(201);
        String other = freshCode();
        asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body(other))
                .post("/api/v1/programs").then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertNotStored(other);
    }

    private static void assertNotStored(String code) {
        asViewer().get("/api/v1/programs/" + code).then().statusCode(404);
    }
}
