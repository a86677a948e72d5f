package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.openClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(RutanInfra.class)
class TrainingClassTest {

    @Test
    void opens_a_class_of_an_active_program() {
        String code = program(80);
        officer().body(classBody(code, 20)).post("/api/v1/classes").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/classes/"))
                .body("programCode", equalTo(code))
                .body("capacity", equalTo(20))
                .body("seatsTaken", equalTo(0));
    }

    @Test
    void refuses_a_class_of_an_unknown_program_with_422_and_stores_nothing() {
        long before = classCount();
        officer().body(classBody("NONE-99", 20)).post("/api/v1/classes").then()
                .statusCode(422)
                .body("type", endsWith("/program-not-available"));
        org.junit.jupiter.api.Assertions.assertEquals(before, classCount());
    }

    @Test
    void refuses_a_class_of_a_retired_program() {
        String code = program(80);
        kafka().send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_RETIRED, UUID.randomUUID(), """
                {"code": "%1$s", "version": 1, "retiredAt": "2026-06-30T16:00:00+07:00", "program": {"code": "%1$s",
                 "name": "Program %1$s", "sector": "Konstruksi", "description": null, "trainingHours": 120,
                 "minAttendancePercent": 80, "competencyUnits": [], "active": false, "version": 1,
                 "updatedAt": "2026-06-30T16:00:00+07:00"}}""".formatted(code)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !viewer().get("/api/v1/programs/" + code).jsonPath().getBoolean("active"));

        officer().body(classBody(code, 20)).post("/api/v1/classes").then()
                .statusCode(422).body("type", endsWith("/program-not-available"));
    }

    @Test
    void refuses_an_end_before_the_start_and_a_capacity_out_of_range() {
        String code = program(80);
        Map<String, Object> body = classBody(code, 20);
        body.put("endDate", today().minusDays(1).toString());
        body.put("startDate", today().toString());
        officer().body(body).post("/api/v1/classes").then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        officer().body(classBody(code, 0)).post("/api/v1/classes").then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        officer().body(classBody(code, 501)).post("/api/v1/classes").then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
    }

    /** SPEC 8: disnaker's quota years are 2000 to 2100, so a class dated later would never be decided. */
    @Test
    void refuses_a_class_dated_after_2100_with_400_naming_the_date_and_stores_nothing() {
        String code = program(80);
        long before = classCount();
        Map<String, Object> body = classBody(code, 20);
        body.put("startDate", "2150-01-05");
        body.put("endDate", "2150-03-01");
        officer().body(body).post("/api/v1/classes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("startDate", "endDate"))
                .body("errors[0].message", equalTo("must be between 2000-01-01 and 2100-12-31"));
        body.put("startDate", "2100-12-01");
        body.put("endDate", "2101-01-01");
        officer().body(body).post("/api/v1/classes").then()
                .statusCode(400).body("errors.field", contains("endDate"));
        org.junit.jupiter.api.Assertions.assertEquals(before, classCount());
    }

    @Test
    void adds_sessions_within_the_class_dates_and_lists_them_in_date_order() {
        String classId = openClass(program(80), today(), today().plusDays(10), 10);
        session(classId, today().plusDays(2), 4);
        session(classId, today(), 3);

        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].date", equalTo(today().toString()))
                .body("items[0].startTime", equalTo("08:00"))
                .body("items[1].hours", equalTo(4))
                .body("totalItems", equalTo(2));
    }

    @Test
    void refuses_a_session_outside_the_class_dates_with_422() {
        String classId = openClass(program(80), today(), today().plusDays(10), 10);
        officer().body(Map.of("date", today().plusDays(11).toString(), "startTime", "08:00", "hours", 2))
                .post("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(422).body("type", endsWith("/session-outside-class-dates"));
        viewer().get("/api/v1/classes/" + classId + "/sessions").then().body("items", hasSize(0));
    }

    @Test
    void refuses_session_hours_outside_1_to_8_and_a_malformed_start_time() {
        String classId = openClass(program(80), today(), today().plusDays(10), 10);
        officer().body(Map.of("date", today().toString(), "startTime", "08:00", "hours", 9))
                .post("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("hours"));
        officer().body(Map.of("date", today().toString(), "startTime", "8 pagi", "hours", 2))
                .post("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("startTime"));
    }

    @Test
    void answers_404_for_an_unknown_class() {
        viewer().get("/api/v1/classes/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        viewer().get("/api/v1/classes/not-a-uuid").then().statusCode(404);
    }

    private static Map<String, Object> classBody(String code, int capacity) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("programCode", code);
        body.put("name", "Kelas Uji");
        body.put("startDate", today().toString());
        body.put("endDate", today().plusDays(30).toString());
        body.put("capacity", capacity);
        return body;
    }

    private static long classCount() {
        return viewer().get("/api/v1/classes").jsonPath().getLong("totalItems");
    }
}
