package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.openClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Planning sessions by the week (SPEC 10), through the API. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class SessionPlanTest {

    /**
     * Each class in a year of its own, far from the years other tests use: holidays are one calendar for every class,
     * so a holiday of one test must not fall within another's plan.
     */
    private static final AtomicInteger YEAR = new AtomicInteger(2080);

    @Test
    void creates_one_session_per_matching_day_within_the_plan() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);

        plan(classId, planBody(monday, monday.plusDays(13), "MONDAY", "WEDNESDAY")).then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/classes/" + classId + "/sessions"))
                .body("$", hasSize(4))
                .body("date", contains(monday.toString(), monday.plusDays(2).toString(),
                        monday.plusDays(7).toString(), monday.plusDays(9).toString()))
                .body("[0].startTime", equalTo("08:00"))
                .body("[0].hours", equalTo(2))
                .body("[0].topic", equalTo("Praktik pertukangan kayu"));

        assertEquals(4, sessionCount(classId));
    }

    @Test
    void skips_a_holiday() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        officer().body(Map.of("name", "Hari Raya Nyepi")).put("/api/v1/holidays/" + monday.plusDays(7))
                .then().statusCode(201);

        plan(classId, planBody(monday, monday.plusDays(20), "MONDAY")).then()
                .statusCode(201)
                .body("date", contains(monday.toString(), monday.plusDays(14).toString()));
    }

    @Test
    void the_same_plan_again_creates_nothing() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        Map<String, Object> body = planBody(monday, monday.plusDays(27), "TUESDAY", "THURSDAY");
        plan(classId, body).then().statusCode(201).body("$", hasSize(8));

        plan(classId, body).then().statusCode(200).body("$", hasSize(0));

        assertEquals(8, sessionCount(classId));
    }

    @Test
    void skips_a_day_with_a_session_at_that_time_but_not_one_at_another_time() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        session(classId, monday, "08:00");
        session(classId, monday.plusDays(2), "13:00");

        plan(classId, planBody(monday, monday.plusDays(6), "MONDAY", "WEDNESDAY")).then()
                .statusCode(201)
                .body("date", contains(monday.plusDays(2).toString()));

        assertEquals(3, sessionCount(classId));
    }

    @Test
    void refuses_a_single_session_at_a_date_and_time_the_class_has_already_with_409() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        session(classId, monday, "08:00");

        officer().body(Map.of("date", monday.toString(), "startTime", "08:00", "hours", 3))
                .post("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(409).body("type", endsWith("/session-time-taken"));
        assertEquals(1, sessionCount(classId));
    }

    @Test
    void replays_the_first_answer_for_the_same_idempotency_key() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        Map<String, Object> body = planBody(monday, monday.plusDays(6), "FRIDAY");
        String key = "plan-" + UUID.randomUUID();

        String first = officer().header("Idempotency-Key", key).body(body)
                .post("/api/v1/classes/" + classId + "/session-plan").then().statusCode(201)
                .extract().path("[0].id");
        officer().header("Idempotency-Key", key).body(body)
                .post("/api/v1/classes/" + classId + "/session-plan").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("[0].id", equalTo(first));
        assertEquals(1, sessionCount(classId));
    }

    @Test
    void refuses_a_viewer_with_403_and_stores_nothing() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);

        viewer().contentType("application/json").body(planBody(monday, monday.plusDays(6), "MONDAY"))
                .post("/api/v1/classes/" + classId + "/session-plan").then().statusCode(403);

        assertEquals(0, sessionCount(classId));
    }

    @Test
    void answers_404_for_an_unknown_class() {
        LocalDate monday = firstMondayOfMarch();
        plan(UUID.randomUUID().toString(), planBody(monday, monday.plusDays(6), "MONDAY")).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refuses_a_plan_outside_the_class_dates_with_422_and_stores_nothing() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);

        plan(classId, planBody(monday.minusDays(7), monday.plusDays(6), "MONDAY")).then()
                .statusCode(422).body("type", endsWith("/session-outside-class-dates"));
        plan(classId, planBody(monday, monday.plusDays(28), "MONDAY")).then().statusCode(422);

        assertEquals(0, sessionCount(classId));
    }

    @Test
    void refuses_a_bad_plan_with_400_naming_the_field_and_stores_nothing() {
        LocalDate monday = firstMondayOfMarch();
        String classId = classOfFourWeeks(monday);
        Map<String, Object> body = planBody(monday, monday.plusDays(6), "MONDAY");

        assertRefused(classId, with(body, "weekdays", List.of()), "weekdays");
        assertRefused(classId, with(body, "weekdays", List.of("MONDAY", "MONDAY")), "weekdays");
        assertRefused(classId, with(body, "hours", 9), "hours");
        assertRefused(classId, with(body, "startTime", "8 pagi"), "startTime");
        assertRefused(classId, with(body, "until", monday.minusDays(1).toString()), "until");
        assertRefused(classId, with(body, "topic", "x".repeat(201)), "topic");
        plan(classId, with(body, "weekdays", List.of("SENIN"))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", startsWith("weekdays"));

        assertEquals(0, sessionCount(classId));
    }

    private static void assertRefused(String classId, Map<String, Object> body, String field) {
        plan(classId, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static LocalDate firstMondayOfMarch() {
        return LocalDate.of(YEAR.incrementAndGet(), 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** A class from {@code monday} to the Sunday four weeks on. */
    private static String classOfFourWeeks(LocalDate monday) {
        return openClass(program(80), monday, monday.plusDays(27), 10);
    }

    private static Map<String, Object> planBody(LocalDate from, LocalDate until, String... weekdays) {
        Map<String, Object> body = new HashMap<>();
        body.put("weekdays", List.of(weekdays));
        body.put("startTime", "08:00");
        body.put("hours", 2);
        body.put("from", from.toString());
        body.put("until", until.toString());
        body.put("topic", "Praktik pertukangan kayu");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Response plan(String classId, Map<String, Object> body) {
        return officer().body(body).post("/api/v1/classes/" + classId + "/session-plan");
    }

    private static void session(String classId, LocalDate date, String startTime) {
        officer().body(Map.of("date", date.toString(), "startTime", startTime, "hours", 2))
                .post("/api/v1/classes/" + classId + "/sessions").then().statusCode(201);
    }

    private static long sessionCount(String classId) {
        return viewer().get("/api/v1/classes/" + classId + "/sessions").jsonPath().getLong("totalItems");
    }
}
