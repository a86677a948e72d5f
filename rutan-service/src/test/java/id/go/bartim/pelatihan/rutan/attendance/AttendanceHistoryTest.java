package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Attendance of SPEC 10: reasons for EXCUSED and ABSENT, who recorded a record and when, the history of every change,
 * and the edit window after which a change needs a correction note (the clock moved by {@link TestClock}).
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class AttendanceHistoryTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_record_carries_its_reason_and_who_recorded_it_when() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        String b = acceptedEnrollment(classId);

        put(classId, sessionId, List.of(entry(a, "EXCUSED", "COURT_HEARING", null, null),
                entry(b, "ABSENT", "OTHER", "Menolak hadir", null))).then().statusCode(200);

        viewer().get(path(classId, sessionId)).then().statusCode(200)
                .body("find { it.enrollmentId == '" + a + "' }.reason", equalTo("COURT_HEARING"))
                .body("find { it.enrollmentId == '" + a + "' }.recordedBy", equalTo("petugas-sari"))
                .body("find { it.enrollmentId == '" + a + "' }.recordedAt", notNullValue())
                .body("find { it.enrollmentId == '" + b + "' }.reason", equalTo("OTHER"))
                .body("find { it.enrollmentId == '" + b + "' }.note", equalTo("Menolak hadir"));
    }

    @Test
    void a_reason_on_present_and_other_without_a_note_are_refused_with_400_and_nothing_is_stored() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        String b = acceptedEnrollment(classId);
        String c = acceptedEnrollment(classId);

        put(classId, sessionId, List.of(entry(a, "PRESENT", "MEDICAL", null, null), entry(b, "PRESENT", null, null,
                null), entry(c, "EXCUSED", "OTHER", " ", null))).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("[0].reason", "[2].note")));

        viewer().get(path(classId, sessionId)).then().body("", hasSize(0));
        viewer().get(path(classId, sessionId) + "/history").then().body("", hasSize(0));
    }

    @Test
    void every_change_is_a_line_of_history_oldest_first_and_an_unchanged_entry_adds_none() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);

        put(classId, sessionId, List.of(entry(a, "ABSENT", null, null, null))).then().statusCode(200);
        put(classId, sessionId, List.of(entry(a, "EXCUSED", "MEDICAL", "Klinik", null))).then().statusCode(200);
        put(classId, sessionId, List.of(entry(a, "EXCUSED", "MEDICAL", "Klinik", null))).then().statusCode(200);

        viewer().get(path(classId, sessionId) + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].enrollmentId", equalTo(a))
                .body("[0].changedBy", equalTo("petugas-sari"))
                .body("[0].changedAt", notNullValue())
                .body("[0].from", nullValue())
                .body("[0].to.status", equalTo("ABSENT"))
                .body("[1].from.status", equalTo("ABSENT"))
                .body("[1].to.status", equalTo("EXCUSED"))
                .body("[1].to.reason", equalTo("MEDICAL"))
                .body("[1].to.note", equalTo("Klinik"))
                .body("[1].correctionNote", nullValue());
    }

    @Test
    void after_the_edit_window_a_change_without_a_correction_note_is_refused_422_and_nothing_is_stored() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        String b = acceptedEnrollment(classId);
        String c = acceptedEnrollment(classId);
        put(classId, sessionId, List.of(entry(a, "ABSENT", null, null, null))).then().statusCode(200);

        clock.setToday(today().plusDays(8));
        // a unchanged needs no note, b's first recording has one, c's has none
        put(classId, sessionId, List.of(entry(a, "ABSENT", null, null, null), entry(b, "PRESENT", null, null, "x"),
                entry(c, "LATE", null, null, null))).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/attendance-locked"))
                .body("errors.field", equalTo(List.of("[2].correctionNote")));
        put(classId, sessionId, List.of(entry(a, "PRESENT", null, null, null))).then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("[0].correctionNote")));

        viewer().get(path(classId, sessionId)).then().body("", hasSize(1)).body("[0].status", equalTo("ABSENT"));
        viewer().get(path(classId, sessionId) + "/history").then().body("", hasSize(1));
    }

    @Test
    void after_the_edit_window_a_change_with_a_correction_note_is_stored_and_kept_in_the_history() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        put(classId, sessionId, List.of(entry(a, "ABSENT", null, null, null))).then().statusCode(200);

        clock.setToday(today().plusDays(7));
        put(classId, sessionId, List.of(entry(a, "SICK", null, null, null))).then().statusCode(200);
        clock.setToday(today().plusDays(20));
        put(classId, sessionId, List.of(entry(a, "PRESENT", null, null, "Salah catat, sesuai buku piket"))).then()
                .statusCode(200)
                .body("[0].status", equalTo("PRESENT"));

        viewer().get(path(classId, sessionId) + "/history").then()
                .body("", hasSize(3))
                .body("[1].correctionNote", nullValue())
                .body("[2].from.status", equalTo("SICK"))
                .body("[2].to.status", equalTo("PRESENT"))
                .body("[2].correctionNote", equalTo("Salah catat, sesuai buku piket"));
    }

    @Test
    void reading_the_history_is_for_officers_and_viewers_and_writing_for_officers_only() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);

        viewer().contentType("application/json").body(List.of(entry(a, "PRESENT", null, null, null)))
                .put(path(classId, sessionId)).then().statusCode(403);
        officer().get(path(classId, sessionId) + "/history").then().statusCode(200).body("", hasSize(0));
        viewer().get(path(classId, "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") + "/history").then().statusCode(404);
    }

    private static Response put(String classId, String sessionId, List<Map<String, Object>> body) {
        return officer().body(body).put(path(classId, sessionId));
    }

    private static String path(String classId, String sessionId) {
        return "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance";
    }

    static Map<String, Object> entry(String enrollmentId, String status, String reason, String note,
                                     String correctionNote) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("enrollmentId", enrollmentId);
        entry.put("status", status);
        entry.put("reason", reason);
        entry.put("note", note);
        entry.put("correctionNote", correctionNote);
        return entry;
    }
}
