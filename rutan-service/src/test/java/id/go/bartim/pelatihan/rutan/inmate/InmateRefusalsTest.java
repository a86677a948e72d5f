package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.countWithRegistrationNumber;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.create;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.female;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each registration rule of SPEC 3 refuses with 400 and the failing field, and stores nothing. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateRefusalsTest {

    @Test
    void lists_each_failed_field_of_an_invalid_inmate() {
        Map<String, Object> body = body();
        body.put("fullName", " ");
        body.put("cellBlock", "x".repeat(41));
        body.remove("birthDate");
        body.remove("sex");
        assertRefused(body, "birthDate", "cellBlock", "fullName", "sex");
    }

    @Test
    void refuses_a_registration_number_shorter_than_3() {
        Map<String, Object> body = body();
        body.put("registrationNumber", "A1");
        refuse(body, "registrationNumber");
        assertEquals(0, countWithRegistrationNumber("A1"));
    }

    @Test
    void refuses_a_registration_number_longer_than_40() {
        Map<String, Object> body = body();
        body.put("registrationNumber", "AI." + "9".repeat(38));
        assertRefused(body, "registrationNumber");
    }

    @Test
    void refuses_a_full_name_longer_than_150() {
        Map<String, Object> body = body();
        body.put("fullName", "Budi ".repeat(31));
        assertRefused(body, "fullName");
    }

    @Test
    void refuses_a_birth_date_of_today() {
        Map<String, Object> body = body();
        body.remove("nik");
        body.put("birthDate", today().toString());
        assertRefused(body, "birthDate");
    }

    @Test
    void refuses_an_admission_date_in_the_future() {
        Map<String, Object> body = body();
        body.put("admissionDate", today().plusDays(1).toString());
        assertRefused(body, "admissionDate");
    }

    @Test
    void accepts_an_admission_date_of_today() {
        Map<String, Object> body = body();
        body.put("admissionDate", today().toString());
        create(body).then().statusCode(201);
    }

    @Test
    void refuses_an_expected_release_before_admission() {
        Map<String, Object> body = body();
        body.put("expectedReleaseDate", today().minusMonths(3).toString());
        assertRefused(body, "expectedReleaseDate");
    }

    @Test
    void refuses_a_b_register_for_a_detainee() {
        Map<String, Object> body = body();
        body.put("registerClass", "B.IIa");
        create(body).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("registerClass"))
                .body("errors[0].message", containsString("CONVICT"));
        assertNotStored(body);
    }

    @Test
    void refuses_an_a_register_for_a_convict() {
        Map<String, Object> body = female();
        body.put("registerClass", "A.III");
        assertRefused(body, "registerClass");
    }

    @Test
    void refuses_an_unknown_sex() {
        Map<String, Object> body = body();
        body.put("sex", "X");
        create(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", containsString("MALE"));
        assertNotStored(body);
    }

    @Test
    void refuses_an_unknown_register_class_naming_the_allowed_codes() {
        Map<String, Object> body = body();
        body.put("registerClass", "C.I");
        create(body).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("registerClass"))
                .body("errors[0].message", containsString("B.IIa"));
        assertNotStored(body);
    }

    @Test
    void refuses_an_unknown_education_level() {
        Map<String, Object> body = body();
        body.put("educationLevel", "S3");
        assertRefused(body, "educationLevel");
    }

    @Test
    void refuses_a_date_that_is_not_a_date() {
        Map<String, Object> body = body();
        body.put("birthDate", "15-03-1990");
        assertRefused(body, "birthDate");
    }

    @Test
    void refuses_an_unknown_field() {
        Map<String, Object> body = body();
        body.put("caseNumber", "123/Pid.B/2026/PN Tml");
        assertRefused(body, "caseNumber");
    }

    @Test
    void refuses_a_status_on_registration() {
        Map<String, Object> body = body();
        body.put("status", "RELEASED");
        assertRefused(body, "status");
    }

    @Test
    void refuses_a_nik_that_is_not_16_digits() {
        Map<String, Object> body = body();
        body.put("nik", "62040115039000");
        assertRefused(body, "nik");
    }

    @Test
    void refuses_a_nik_that_disagrees_with_the_birth_date() {
        Map<String, Object> body = body();
        body.put("birthDate", "1990-03-16");
        create(body).then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("nik"))
                .body("errors[0].message", containsString("birthDate"));
        assertNotStored(body);
    }

    @Test
    void refuses_a_nik_that_disagrees_with_the_sex() {
        Map<String, Object> body = body();
        body.put("sex", "FEMALE");
        create(body).then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("nik"))
                .body("errors[0].message", containsString("FEMALE"));
        assertNotStored(body);
    }

    @Test
    void refuses_a_nik_with_an_impossible_date_and_never_echoes_the_nik() {
        Map<String, Object> body = body();
        body.put("nik", "6204013102990001");
        create(body).then()
                .statusCode(400)
                .body("errors.field", everyItem(equalTo("nik")))
                .body(not(containsString("6204013102990001")));
        assertNotStored(body);
    }

    @Test
    void refuses_a_nik_with_province_code_00_and_serial_0000() {
        Map<String, Object> body = body();
        body.put("nik", "0004011503900000");
        create(body).then()
                .statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.field", everyItem(equalTo("nik")));
        assertNotStored(body);
    }

    @Test
    void refuses_malformed_json() {
        asOfficer().contentType("application/json").body("{\"fullName\": ").post("/api/v1/inmates").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"));
    }

    @Test
    void refuses_a_missing_body() {
        asOfficer().contentType("application/json").post("/api/v1/inmates").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static void assertRefused(Map<String, Object> body, String... fields) {
        refuse(body, fields);
        assertNotStored(body);
    }

    private static void refuse(Map<String, Object> body, String... fields) {
        create(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors", hasSize(fields.length))
                .body("errors.field", hasItems(fields));
    }

    private static void assertNotStored(Map<String, Object> body) {
        assertEquals(0, countWithRegistrationNumber((String) body.get("registrationNumber")));
    }
}
