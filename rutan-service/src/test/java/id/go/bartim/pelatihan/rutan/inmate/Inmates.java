package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.testing.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Test data for inmates: a valid body with one field changed at a time, and calls as an officer or viewer. */
final class Inmates {

    static final String OFFICER = "officer-sari";
    static final String VIEWER = "viewer-andi";
    /** Valid for {@link #body}: born 15 March 1990, male, province 62 (Kalimantan Tengah). */
    static final String MALE_NIK = "6204011503900001";
    /** Valid for {@link #female}: born 15 August 1992, female (day 15 + 40 = 55). */
    static final String FEMALE_NIK = "6204015508920002";

    private Inmates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /** Letters only, so it can stand in a name and be searched for without matching anything else. */
    static String token() {
        StringBuilder token = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    static String freshRegistrationNumber() {
        return "AI.TEST." + token().toUpperCase();
    }

    static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationNumber", freshRegistrationNumber());
        body.put("registerClass", "A.I");
        body.put("fullName", "Budi Santoso");
        body.put("nik", MALE_NIK);
        body.put("birthDate", "1990-03-15");
        body.put("sex", "MALE");
        body.put("custodyStatus", "DETAINEE");
        body.put("admissionDate", today().minusMonths(2).toString());
        body.put("expectedReleaseDate", today().plusMonths(10).toString());
        body.put("cellBlock", "Blok B-3");
        body.put("educationLevel", "SMP");
        return body;
    }

    static Map<String, Object> female() {
        Map<String, Object> body = body();
        body.put("fullName", "Siti Rahmawati");
        body.put("nik", FEMALE_NIK);
        body.put("birthDate", "1992-08-15");
        body.put("sex", "FEMALE");
        body.put("custodyStatus", "CONVICT");
        body.put("registerClass", "B.I");
        return body;
    }

    static RequestSpecification asOfficer() {
        return given().auth().oauth2(Tokens.forRole("rutan-officer", OFFICER));
    }

    static RequestSpecification asViewer() {
        return given().auth().oauth2(Tokens.forRole("rutan-viewer", VIEWER));
    }

    static Response create(Map<String, Object> body) {
        return asOfficer().contentType("application/json").body(body).post("/api/v1/inmates");
    }

    static String createdId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }

    static String createdId() {
        return createdId(body());
    }

    static Response patch(String id, Object patch) {
        return asOfficer().contentType("application/merge-patch+json").body(patch).patch("/api/v1/inmates/" + id);
    }

    static Response release(String id, String releaseDate, String reason) {
        return asOfficer().contentType("application/json")
                .body(Map.of("releaseDate", releaseDate, "reason", reason))
                .post("/api/v1/inmates/" + id + "/release");
    }

    /** How many inmates carry this registration number: 0 proves a refused request stored nothing. */
    /** Inmates registered under exactly this number (the search itself matches parts of numbers too). */
    static int countWithRegistrationNumber(String registrationNumber) {
        java.util.List<String> numbers = asOfficer().queryParam("q", registrationNumber).queryParam("size", 100)
                .get("/api/v1/inmates").then().statusCode(200).extract().path("items.registrationNumber");
        return (int) numbers.stream().filter(registrationNumber::equalsIgnoreCase).count();
    }
}
