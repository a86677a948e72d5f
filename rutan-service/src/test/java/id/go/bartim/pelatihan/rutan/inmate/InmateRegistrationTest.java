package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.RawHttp;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.FEMALE_NIK;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.MALE_NIK;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.OFFICER;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.countWithRegistrationNumber;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.create;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.female;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering an inmate and reading the record back: full in the single record, masked in lists, audited. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateRegistrationTest {

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/inmates")
    java.net.URI inmates;

    /** The body is read before dispatch over HTTP/1.1 and by Quarkus over HTTP/2 (BodyLimitFilter): both work. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(java.net.http.HttpClient.Version.class)
    void registers_an_inmate_posted_over_http_1_1_and_http_2(java.net.http.HttpClient.Version version)
            throws Exception {
        Map<String, Object> body = body();
        var http = java.net.http.HttpClient.newBuilder().version(version).build();
        // The JDK client upgrades to HTTP/2 on a first request without a body.
        http.send(java.net.http.HttpRequest.newBuilder(inmates.resolve("/q/health/live")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var response = http.send(java.net.http.HttpRequest.newBuilder(inmates)
                .header("Authorization", "Bearer " + Tokens.forRole("rutan-officer", OFFICER))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(version, response.version());
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(1, countWithRegistrationNumber((String) body.get("registrationNumber")));
    }

    /** The 100 Continue comes only once the credentials are accepted: a refused client never sends its body. */
    @Test
    void answers_100_continue_only_to_a_client_whose_credentials_are_accepted() throws Exception {
        Map<String, Object> body = body();
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        String head = "POST /api/v1/inmates HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length + "\r\nExpect: 100-continue\r\n";
        try (RawHttp anonymous = new RawHttp(inmates.getPort())) {
            String refused = anonymous.write(head + "\r\n").readResponse();
            assertTrue(refused.startsWith("HTTP/1.1 401"), refused);
        }
        try (RawHttp officer = new RawHttp(inmates.getPort())) {
            String interim = officer.write(head + "Authorization: Bearer " + Tokens.forRole("rutan-officer", OFFICER)
                    + "\r\n\r\n").readHead();
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            String created = officer.write(json).readResponse();
            assertTrue(created.startsWith("HTTP/1.1 201"), created);
        }
        assertEquals(1, countWithRegistrationNumber((String) body.get("registrationNumber")));
    }

    @Test
    void registers_an_active_inmate_with_location_and_etag() {
        Map<String, Object> body = body();
        var response = create(body);
        String id = response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("registrationNumber", equalTo(body.get("registrationNumber")))
                .body("registerClass", equalTo("A.I"))
                .body("fullName", equalTo("Budi Santoso"))
                .body("nik", equalTo(MALE_NIK))
                .body("birthDate", equalTo("1990-03-15"))
                .body("sex", equalTo("MALE"))
                .body("custodyStatus", equalTo("DETAINEE"))
                .body("admissionDate", equalTo(body.get("admissionDate")))
                .body("expectedReleaseDate", equalTo(body.get("expectedReleaseDate")))
                .body("cellBlock", equalTo("Blok B-3"))
                .body("educationLevel", equalTo("SMP"))
                .body("status", equalTo("ACTIVE"))
                .body("releaseDate", nullValue())
                .body("releaseReason", nullValue())
                .body("version", equalTo(0))
                .extract().path("id");
        assertEquals(id, UUID.fromString(id).toString(), "the server assigns a UUID");
        assertTrue(response.header("Location").endsWith("/api/v1/inmates/" + id), response.header("Location"));
        assertStoredAsAnswered(response);
    }

    @Test
    void registers_a_female_convict_with_a_b_register() {
        create(female()).then()
                .statusCode(201)
                .body("nik", equalTo(FEMALE_NIK))
                .body("sex", equalTo("FEMALE"))
                .body("custodyStatus", equalTo("CONVICT"))
                .body("registerClass", equalTo("B.I"));
    }

    @Test
    void accepts_every_register_class_of_its_custody_status() {
        for (String register : new String[] {"A.I", "A.II", "A.III", "A.IV", "A.V"}) {
            Map<String, Object> body = body();
            body.put("registerClass", register);
            create(body).then().statusCode(201).body("registerClass", equalTo(register));
        }
        for (String register : new String[] {"B.I", "B.IIa", "B.IIb", "B.III"}) {
            Map<String, Object> body = female();
            body.put("registerClass", register);
            create(body).then().statusCode(201).body("registerClass", equalTo(register));
        }
    }

    @Test
    void registers_an_inmate_without_the_optional_fields() {
        Map<String, Object> body = body();
        for (String optional : List.of("registerClass", "nik", "expectedReleaseDate", "cellBlock", "educationLevel")) {
            body.remove(optional);
        }
        var response = create(body);
        response.then().statusCode(201)
                .body("nik", nullValue())
                .body("registerClass", nullValue())
                .body("cellBlock", nullValue());
        assertStoredAsAnswered(response);
    }

    /** The row written by the POST (its own insert, not Hibernate's) reads back as exactly what the POST answered. */
    private static void assertStoredAsAnswered(io.restassured.response.Response created) {
        Map<String, Object> answered = created.then().extract().jsonPath().getMap("");
        Map<String, Object> stored = asOfficer().get("/api/v1/inmates/" + answered.get("id")).then()
                .statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .extract().jsonPath().getMap("");
        assertEquals(answered, stored);
    }

    @Test
    void shows_the_full_nik_in_the_single_record_and_masks_it_in_lists() {
        Map<String, Object> body = body();
        String id = createdId(body);
        asOfficer().get("/api/v1/inmates/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("nik", equalTo(MALE_NIK))
                .body("birthDate", equalTo("1990-03-15"));
        asViewer().queryParam("q", body.get("registrationNumber")).get("/api/v1/inmates").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].nik", equalTo("6204**********01"));
    }

    @Test
    void records_each_read_of_a_single_inmate_with_the_token_subject() {
        String id = createdId();
        String reader = "officer-" + token();
        given(reader).get("/api/v1/inmates/" + id).then().statusCode(200);

        asOfficer().queryParam("actor", reader).queryParam("resourceType", "inmate")
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].resourceType", equalTo("inmate"))
                .body("items[0].resourceId", equalTo(id))
                .body("items[0].actor", equalTo(reader));
    }

    @Test
    void records_the_registration_in_the_audit_log() {
        String id = createdId();
        asOfficer().queryParam("actor", OFFICER).queryParam("resourceType", "inmate").queryParam("size", 100)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.findAll { it.resourceId == '" + id + "' }.action", hasItem("CREATE"));
    }

    @Test
    void does_not_audit_list_reads_per_person() {
        createdId();
        String reader = "officer-" + token();
        given(reader).get("/api/v1/inmates").then().statusCode(200).body("items.size()", greaterThan(0));
        asOfficer().queryParam("actor", reader).get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void refuses_a_duplicate_registration_number_with_409_and_keeps_the_first() {
        Map<String, Object> first = body();
        createdId(first);
        Map<String, Object> second = female();
        second.put("registrationNumber", first.get("registrationNumber"));
        create(second).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-registration-number"))
                // The same answer whether the service's check or the database's constraint saw the duplicate
                .body("detail", equalTo("Another inmate has this registration number"));
        asOfficer().queryParam("q", first.get("registrationNumber")).get("/api/v1/inmates").then()
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Budi Santoso"));
    }

    @Test
    void answers_404_as_a_problem_for_an_unknown_inmate() {
        asViewer().get("/api/v1/inmates/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void answers_a_malformed_id_with_a_problem_not_a_server_error() {
        asViewer().get("/api/v1/inmates/not-a-uuid").then()
                .statusCode(anyOf(is(404), is(400)))
                .contentType("application/problem+json");
    }

    @Test
    void replays_the_first_answer_for_a_repeated_idempotency_key() {
        Map<String, Object> body = body();
        String key = "key-" + token();
        String id = asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/inmates").then().statusCode(201).extract().path("id");
        asOfficer().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/inmates").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/v1/inmates/" + id))
                .body("id", equalTo(id));
        assertEquals(1, countWithRegistrationNumber((String) body.get("registrationNumber")));
    }

    @Test
    void forbids_a_viewer_to_register_and_stores_nothing() {
        Map<String, Object> body = body();
        asViewer().contentType("application/json").body(body).post("/api/v1/inmates").then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, countWithRegistrationNumber((String) body.get("registrationNumber")));
    }

    @Test
    void needs_a_rutan_role_to_read() {
        RestAssured.given().get("/api/v1/inmates").then()
                .statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().auth().oauth2(Tokens.forRole("disnaker-officer")).get("/api/v1/inmates").then()
                .statusCode(403);
        asViewer().get("/api/v1/inmates").then().statusCode(200);
    }

    private static RequestSpecification given(String officer) {
        return RestAssured.given().auth().oauth2(Tokens.forRole("rutan-officer", officer));
    }
}
