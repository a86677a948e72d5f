package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Excused in advance (SPEC 10): the sessions in the range are marked EXCUSED (never over a record set by hand),
 * sessions planned later too, and taking an excusal back removes only what it made that nobody changed since.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ExcusalTest {

    @Test
    void marks_the_open_sessions_in_the_range_and_leaves_a_hand_recorded_present() {
        String classId = runningClass(program(80), 5);
        String present = session(classId, today(), 2);
        String next = session(classId, today().plusDays(1), 2);
        String closed = session(classId, today().minusDays(9), 2);
        String after = session(classId, today().plusDays(5), 2);
        String id = acceptedEnrollment(classId);
        attendance(classId, present, id, "PRESENT");

        String excusalId = excuse(id, excusal(today().minusDays(9), today().plusDays(3), "COURT_HEARING", "Sidang"))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/enrollments/" + id + "/excusals/"))
                .body("enrollmentId", equalTo(id))
                .body("from", equalTo(today().minusDays(9).toString()))
                .body("until", equalTo(today().plusDays(3).toString()))
                .body("reason", equalTo("COURT_HEARING"))
                .body("note", equalTo("Sidang"))
                .body("createdBy", equalTo("petugas-sari"))
                .body("createdAt", notNullValue())
                .extract().path("id");

        record(classId, present).then().body("[0].status", equalTo("PRESENT")).body("[0].excusalId", nullValue());
        record(classId, next).then()
                .body("[0].status", equalTo("EXCUSED"))
                .body("[0].reason", equalTo("COURT_HEARING"))
                .body("[0].note", equalTo("Sidang"))
                .body("[0].recordedBy", equalTo("petugas-sari"))
                .body("[0].excusalId", equalTo(excusalId));
        // A register closed by the edit window is not changed by an excusal
        record(classId, closed).then().body("", hasSize(0));
        record(classId, after).then().body("", hasSize(0));
        viewer().get(sessionPath(classId, next) + "/history").then()
                .body("", hasSize(1))
                .body("[0].from", nullValue())
                .body("[0].to.status", equalTo("EXCUSED"))
                .body("[0].changedBy", equalTo("petugas-sari"))
                .body("[0].excusalId", equalTo(excusalId));
        // EXCUSED does not count as attended: 2 of the 6 hours since the request day
        viewer().get("/api/v1/enrollments/" + id).then()
                .body("attendance.hoursTotal", equalTo(6))
                .body("attendance.hoursAttended", equalTo(2));
        viewer().get(path(id)).then().statusCode(200).body("id", equalTo(List.of(excusalId)));
        viewer().get(path(id) + "/" + excusalId).then().statusCode(200).body("reason", equalTo("COURT_HEARING"));
    }

    @Test
    void sessions_planned_later_in_the_range_are_excused_when_they_are_created() {
        String classId = runningClass(program(80), 5);
        String id = acceptedEnrollment(classId);
        LocalDate day = today().plusDays(3);
        String excusalId = excuse(id, excusal(day, day.plusDays(1), "WORK_DUTY", null)).then().statusCode(201)
                .extract().path("id");

        String single = session(classId, day, 2);
        LocalDate planned = day.plusDays(1);
        List<String> created = officer().body(Map.of("weekdays", List.of(planned.getDayOfWeek().name()),
                        "startTime", "13:00", "hours", 2, "from", planned.toString(), "until",
                        planned.plusDays(7).toString(), "topic", "Praktik"))
                .post("/api/v1/classes/" + classId + "/session-plan").then().statusCode(201)
                .extract().path("id");

        record(classId, single).then().body("[0].status", equalTo("EXCUSED"))
                .body("[0].reason", equalTo("WORK_DUTY")).body("[0].excusalId", equalTo(excusalId));
        record(classId, created.get(0)).then().body("[0].status", equalTo("EXCUSED"));
        record(classId, created.get(1)).then().body("", hasSize(0));
        viewer().get(sessionPath(classId, created.get(0)) + "/history").then()
                .body("", hasSize(1)).body("[0].changedBy", equalTo("petugas-sari"));
    }

    @Test
    void taking_an_excusal_back_removes_what_it_made_and_keeps_records_changed_by_hand() {
        String classId = runningClass(program(80), 5);
        String changed = session(classId, today(), 2);
        String untouched = session(classId, today().plusDays(1), 2);
        String id = acceptedEnrollment(classId);
        String excusalId = excuse(id, excusal(today(), today().plusDays(2), "FAMILY_VISIT", null)).then()
                .statusCode(201).extract().path("id");
        attendance(classId, changed, id, "PRESENT");

        officer().delete(path(id) + "/" + excusalId).then().statusCode(204);

        record(classId, changed).then().body("[0].status", equalTo("PRESENT"));
        record(classId, untouched).then().body("", hasSize(0));
        viewer().get(sessionPath(classId, untouched) + "/history").then()
                .body("", hasSize(2))
                .body("[1].from.status", equalTo("EXCUSED"))
                .body("[1].to", nullValue())
                .body("[1].excusalId", equalTo(excusalId));
        viewer().get(path(id)).then().body("", hasSize(0));
        officer().delete(path(id) + "/" + excusalId).then().statusCode(404);
        // A session planned now in the old range is no longer excused
        String later = session(classId, today().plusDays(2), 2);
        record(classId, later).then().body("", hasSize(0));
    }

    @Test
    void refusals_store_nothing() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String id = acceptedEnrollment(classId);
        String withdrawn = enrolled(classId, inmate());
        officer().body(Map.of("reason", "HEALTH")).post("/api/v1/enrollments/" + withdrawn + "/withdrawal").then()
                .statusCode(200);

        excuse(id, excusal(today(), today(), "OTHER", " ")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));
        excuse(id, excusal(today(), today().minusDays(1), "MEDICAL", null)).then().statusCode(400)
                .body("errors[0].field", equalTo("until"));
        excuse(withdrawn, excusal(today(), today(), "MEDICAL", null)).then().statusCode(422)
                .body("type", endsWith("/enrollment-not-accepted"));
        excuse(UUID.randomUUID().toString(), excusal(today(), today(), "MEDICAL", null)).then().statusCode(404);
        viewer().contentType("application/json").body(excusal(today(), today(), "MEDICAL", null))
                .post(path(id)).then().statusCode(403);
        viewer().delete(path(id) + "/" + UUID.randomUUID()).then().statusCode(403);

        viewer().get(path(id)).then().statusCode(200).body("", hasSize(0));
        record(classId, sessionId).then().body("", hasSize(0));
        viewer().get(path(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void a_repeat_with_the_same_idempotency_key_replays_the_first_excusal() {
        String classId = runningClass(program(80), 5);
        String id = acceptedEnrollment(classId);
        Map<String, Object> body = excusal(today(), today().plusDays(1), "MEDICAL", "Kontrol");
        String key = UUID.randomUUID().toString();

        String first = officer().header("Idempotency-Key", key).body(body).post(path(id)).then().statusCode(201)
                .extract().path("id");
        officer().header("Idempotency-Key", key).body(body).post(path(id)).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        body.put("note", "Kontrol ulang");
        officer().header("Idempotency-Key", key).body(body).post(path(id)).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));

        viewer().get(path(id)).then().body("", hasSize(1));
    }

    @Test
    void a_session_only_an_excusal_marked_is_still_planned_and_not_among_the_last_held() {
        String classId = runningClass(program(80), 5);
        String held = session(classId, today(), 2);
        String ahead = session(classId, today().plusDays(1), 2);
        String id = acceptedEnrollment(classId);
        attendance(classId, held, id, "ABSENT");
        excuse(id, excusal(today().plusDays(1), today().plusDays(1), "MEDICAL", null)).then().statusCode(201);

        record(classId, ahead).then().body("[0].status", equalTo("EXCUSED"));
        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .body("items.find { it.id == '" + held + "' }.status", equalTo("HELD"))
                .body("items.find { it.id == '" + ahead + "' }.status", equalTo("PLANNED"));
        // Officers record the register of the session when it is taken: then it is held
        attendance(classId, ahead, id, "EXCUSED");
        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .body("items.find { it.id == '" + ahead + "' }.status", equalTo("HELD"));
    }

    @Test
    void a_session_restored_after_a_cancellation_is_marked_by_the_excusal_made_meanwhile() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today().plusDays(1), 2);
        String id = acceptedEnrollment(classId);
        String cancellation = "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/cancellation";
        officer().body(Map.of("reason", "FACILITY")).post(cancellation).then().statusCode(200);
        String excusalId = excuse(id, excusal(today(), today().plusDays(2), "FAMILY_VISIT", null)).then()
                .statusCode(201).extract().path("id");
        record(classId, sessionId).then().body("", hasSize(0));

        officer().delete(cancellation).then().statusCode(204);

        record(classId, sessionId).then()
                .body("[0].status", equalTo("EXCUSED"))
                .body("[0].reason", equalTo("FAMILY_VISIT"))
                .body("[0].excusalId", equalTo(excusalId));
    }

    @Test
    void a_pending_enrollment_is_not_excused_and_gets_no_record() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today().plusDays(1), 2);
        String pending = enrolled(classId, inmate());

        excuse(pending, excusal(today(), today().plusDays(2), "MEDICAL", null)).then()
                .statusCode(422)
                .body("type", endsWith("/enrollment-not-accepted"));
        record(classId, sessionId).then().body("", hasSize(0));
    }

    private static Response excuse(String enrollmentId, Map<String, Object> body) {
        return officer().body(body).post(path(enrollmentId));
    }

    private static Response record(String classId, String sessionId) {
        // Each class here has one enrollment, so the session's records are that enrollment's
        return viewer().get(sessionPath(classId, sessionId));
    }

    static Map<String, Object> excusal(LocalDate from, LocalDate until, String reason, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", from.toString());
        body.put("until", until.toString());
        body.put("reason", reason);
        body.put("note", note);
        return body;
    }

    private static String path(String enrollmentId) {
        return "/api/v1/enrollments/" + enrollmentId + "/excusals";
    }

    private static String sessionPath(String classId, String sessionId) {
        return "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance";
    }
}
