package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.patch;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.release;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** PATCH /api/v1/inmates/{id}: JSON Merge Patch, If-Match, and the whole result held to the rules. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmatePatchTest {

    @Test
    void replaces_the_fields_present_and_keeps_the_others() {
        String id = createdId();
        asOfficer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"cellBlock\": \"Blok C-1\", \"educationLevel\": \"SMA\"}")
                .patch("/api/v1/inmates/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("cellBlock", equalTo("Blok C-1"))
                .body("educationLevel", equalTo("SMA"))
                .body("fullName", equalTo("Budi Santoso"))
                .body("nik", equalTo(Inmates.MALE_NIK));
        asViewer().get("/api/v1/inmates/" + id).then()
                .header("ETag", equalTo("\"1\""))
                .body("cellBlock", equalTo("Blok C-1"));
    }

    @Test
    void accepts_a_patch_sent_as_plain_json() {
        String id = createdId();
        asOfficer().contentType("application/json").body("{\"fullName\": \"Budi Santoso Putra\"}")
                .patch("/api/v1/inmates/" + id).then()
                .statusCode(200)
                .body("fullName", equalTo("Budi Santoso Putra"));
    }

    @Test
    void clears_an_optional_field_given_as_null() {
        String id = createdId();
        patch(id, "{\"cellBlock\": null, \"nik\": null}").then()
                .statusCode(200)
                .body("cellBlock", nullValue())
                .body("nik", nullValue());
        asViewer().get("/api/v1/inmates/" + id).then().body("cellBlock", nullValue());
    }

    @Test
    void moves_a_convicted_detainee_to_a_b_register_with_a_new_registration_number() {
        String id = createdId();
        String registration = "BI." + Inmates.token().toUpperCase();
        patch(id, Map.of("custodyStatus", "CONVICT", "registerClass", "B.I", "registrationNumber", registration))
                .then()
                .statusCode(200)
                .body("custodyStatus", equalTo("CONVICT"))
                .body("registerClass", equalTo("B.I"))
                .body("registrationNumber", equalTo(registration));
    }

    @Test
    void refuses_a_stale_if_match_with_412_and_changes_nothing() {
        String id = createdId();
        patch(id, Map.of("cellBlock", "Blok A-1")).then().statusCode(200);
        asOfficer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("cellBlock", "Blok D-4"))
                .patch("/api/v1/inmates/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json");
        asViewer().get("/api/v1/inmates/" + id).then()
                .body("version", equalTo(1))
                .body("cellBlock", equalTo("Blok A-1"));
    }

    @Test
    void refuses_a_patch_whose_result_breaks_a_rule_and_changes_nothing() {
        String id = createdId();
        patch(id, Map.of("custodyStatus", "CONVICT", "cellBlock", "Blok Z-9")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("registerClass"));
        assertUnchanged(id);
    }

    @Test
    void refuses_a_patch_whose_nik_no_longer_agrees_with_the_birth_date() {
        String id = createdId();
        patch(id, Map.of("birthDate", "1991-03-15")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nik"));
        assertUnchanged(id);
    }

    @Test
    void refuses_clearing_a_required_field() {
        String id = createdId();
        patch(id, "{\"fullName\": null}").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fullName"));
        assertUnchanged(id);
    }

    @Test
    void refuses_to_patch_the_status() {
        String id = createdId();
        patch(id, Map.of("status", "RELEASED")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        asViewer().get("/api/v1/inmates/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void refuses_to_patch_the_id_or_version() {
        String id = createdId();
        patch(id, Map.of("version", 7)).then().statusCode(400).body("errors[0].field", equalTo("version"));
        patch(id, Map.of("id", id)).then().statusCode(400).body("errors[0].field", equalTo("id"));
        assertUnchanged(id);
    }

    @Test
    void refuses_an_unknown_field() {
        String id = createdId();
        patch(id, Map.of("caseNumber", "12/Pid")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("caseNumber"));
        assertUnchanged(id);
    }

    @Test
    void refuses_an_unknown_enum_value() {
        String id = createdId();
        patch(id, Map.of("sex", "X")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sex"));
        assertUnchanged(id);
    }

    @Test
    void refuses_a_body_that_is_not_a_json_object() {
        String id = createdId();
        patch(id, "[1, 2]").then().statusCode(400).contentType("application/problem+json");
        patch(id, "{\"cellBlock\": ").then()
                .statusCode(400)
                .body("type", endsWith("/malformed-json"));
        assertUnchanged(id);
    }

    @Test
    void refuses_a_registration_number_of_another_inmate_with_409() {
        Map<String, Object> other = body();
        createdId(other);
        String id = createdId();
        patch(id, Map.of("registrationNumber", other.get("registrationNumber"))).then()
                .statusCode(409)
                .body("type", endsWith("/duplicate-registration-number"))
                // The same answer whether the service's check or the database's constraint saw the duplicate
                .body("detail", equalTo("Another inmate has this registration number"));
        assertUnchanged(id);
    }

    @Test
    void allows_correcting_a_released_inmate() {
        String id = createdId();
        release(id, today().toString(), "RELEASED").then().statusCode(200);
        patch(id, Map.of("educationLevel", "SMA")).then()
                .statusCode(200)
                .body("educationLevel", equalTo("SMA"))
                .body("status", equalTo("RELEASED"));
    }

    @Test
    void answers_404_for_an_unknown_inmate() {
        patch(java.util.UUID.randomUUID().toString(), Map.of("cellBlock", "Blok A-1")).then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void forbids_a_viewer_to_patch() {
        String id = createdId();
        asViewer().contentType("application/merge-patch+json").body(Map.of("cellBlock", "Blok A-1"))
                .patch("/api/v1/inmates/" + id).then()
                .statusCode(403);
        assertUnchanged(id);
    }

    private static void assertUnchanged(String id) {
        asOfficer().get("/api/v1/inmates/" + id).then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("cellBlock", equalTo("Blok B-3"))
                .body("custodyStatus", equalTo("DETAINEE"))
                .body("birthDate", equalTo("1990-03-15"));
    }
}
