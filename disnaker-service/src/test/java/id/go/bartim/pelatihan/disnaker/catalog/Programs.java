package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.testing.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Test data for programs: a valid body with one field changed at a time, and calls as an officer. */
final class Programs {

    private static final AtomicInteger SEQ = new AtomicInteger(10);

    private Programs() {
    }

    static String freshCode() {
        return "TST-" + SEQ.incrementAndGet() + (System.nanoTime() % 90 + 10);
    }

    static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Pertukangan Kayu");
        body.put("sector", "Konstruksi");
        body.put("description", "Membuat kusen dan mebel");
        body.put("trainingHours", 160);
        body.put("minAttendancePercent", 80);
        body.put("competencyUnits", List.of("F.45KKK00.001.1"));
        return body;
    }

    static RequestSpecification asOfficer() {
        return given().auth().oauth2(Tokens.forRole("disnaker-officer", "officer-ani"));
    }

    static RequestSpecification asViewer() {
        return given().auth().oauth2(Tokens.forRole("disnaker-viewer", "viewer-budi"));
    }

    static Response create(Map<String, Object> body) {
        return asOfficer().contentType("application/json").body(body).post("/api/v1/programs");
    }

    static String createdCode() {
        String code = freshCode();
        create(body(code)).then().statusCode(201);
        return code;
    }
}
