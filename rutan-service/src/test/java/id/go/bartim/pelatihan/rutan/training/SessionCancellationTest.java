package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.rutan.AuditLines;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cancelling and restoring a session (SPEC 10): its status, the rate without it, and no attendance on it. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class SessionCancellationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_cancelled_session_shows_its_cancellation_and_counts_in_nobodys_rate() {
        String classId = runningClass(program(80), 5);
        String held = session(classId, today(), 2);
        String dropped = session(classId, today().plusDays(1), 6);
        String planned = session(classId, today().plusDays(2), 2);
        String id = acceptedEnrollment(classId);
        attendance(classId, held, id, "PRESENT");

        officer().body(Map.of("reason", "INSTRUCTOR_ABSENT", "note", "Instruktur sakit"))
                .post(path(classId, dropped)).then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("INSTRUCTOR_ABSENT"))
                .body("cancellation.note", equalTo("Instruktur sakit"))
                .body("cancellation.cancelledBy", equalTo("petugas-sari"));

        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .statusCode(200)
                .body("items.find { it.id == '" + held + "' }.status", equalTo("HELD"))
                .body("items.find { it.id == '" + dropped + "' }.status", equalTo("CANCELLED"))
                .body("items.find { it.id == '" + planned + "' }.status", equalTo("PLANNED"))
                .body("items.find { it.id == '" + planned + "' }.cancellation", nullValue());
        // 2 + 2 hours count, the cancelled 6 do not
        viewer().get("/api/v1/enrollments/" + id).then()
                .body("attendance.hoursTotal", equalTo(4))
                .body("attendance.hoursAttended", equalTo(2))
                .body("attendance.rate", equalTo(50.0f))
                .body("attendance.maxAttainableRate", equalTo(100.0f))
                .body("attendance.canStillQualify", equalTo(true));
        viewer().get("/api/v1/classes/" + classId + "/attendance-report").then()
                .body("rows[0].hoursTotal", equalTo(4));
    }

    @Test
    void attendance_on_a_cancelled_session_is_refused_409_and_nothing_is_stored() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String id = acceptedEnrollment(classId);
        officer().body(Map.of("reason", "SECURITY")).post(path(classId, sessionId)).then().statusCode(200);

        officer().body(List.of(Map.of("enrollmentId", id, "status", "PRESENT")))
                .put("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/session-cancelled"));
        viewer().get("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance").then()
                .body("", hasSize(0));
    }

    @Test
    void other_without_a_note_is_refused_400_and_changes_nothing() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);

        officer().body(Map.of("reason", "OTHER")).post(path(classId, sessionId)).then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("note"));
        officer().body(Map.of("reason", "OTHER", "note", "x".repeat(501))).post(path(classId, sessionId)).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .body("items[0].status", equalTo("PLANNED"));
    }

    @Test
    void a_viewer_cannot_cancel_nor_restore() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);

        viewer().contentType("application/json").body(Map.of("reason", "FACILITY"))
                .post(path(classId, sessionId)).then().statusCode(403);
        viewer().delete(path(classId, sessionId)).then().statusCode(403);
        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .body("items[0].status", equalTo("PLANNED"));
    }

    @Test
    void delete_restores_a_cancelled_session_with_the_records_it_kept() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 4);
        session(classId, today().plusDays(1), 4);
        String id = acceptedEnrollment(classId);
        attendance(classId, sessionId, id, "PRESENT");
        officer().body(Map.of("reason", "HOLIDAY")).post(path(classId, sessionId)).then().statusCode(200);
        viewer().get("/api/v1/enrollments/" + id).then().body("attendance.hoursAttended", equalTo(0));

        officer().body(Map.of("reason", "HOLIDAY")).post(path(classId, sessionId)).then()
                .statusCode(409).body("type", endsWith("/session-cancelled"));
        officer().delete(path(classId, sessionId)).then().statusCode(204);

        viewer().get("/api/v1/classes/" + classId + "/sessions").then()
                .body("items.find { it.id == '" + sessionId + "' }.status", equalTo("HELD"));
        viewer().get("/api/v1/enrollments/" + id).then()
                .body("attendance.hoursTotal", equalTo(8))
                .body("attendance.hoursAttended", equalTo(4));
        officer().delete(path(classId, sessionId)).then()
                .statusCode(409).body("type", endsWith("/session-not-cancelled"));
    }

    @Test
    void an_unknown_class_or_session_is_404() {
        String classId = runningClass(program(80), 5);
        String otherSession = session(runningClass(program(80), 5), today(), 2);

        officer().body(Map.of("reason", "FACILITY")).post(path(classId, otherSession)).then().statusCode(404);
        officer().body(Map.of("reason", "FACILITY")).post(path(UUID.randomUUID().toString(), otherSession)).then()
                .statusCode(404);
        officer().delete(path(classId, UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void a_repeated_cancellation_with_its_key_is_replayed_and_audited_once() throws SQLException {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String key = "cancel-" + UUID.randomUUID();

        String cancelledAt = officer().header("Idempotency-Key", key).body(Map.of("reason", "FACILITY"))
                .post(path(classId, sessionId)).then().statusCode(200)
                .extract().path("cancellation.cancelledAt");
        officer().header("Idempotency-Key", key).body(Map.of("reason", "FACILITY"))
                .post(path(classId, sessionId)).then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.cancelledAt", equalTo(cancelledAt));
        officer().header("Idempotency-Key", key).body(Map.of("reason", "SECURITY"))
                .post(path(classId, sessionId)).then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(List.of("petugas-sari CANCEL"), auditLines(sessionId));

        officer().delete(path(classId, sessionId)).then().statusCode(204);
        assertEquals(List.of("petugas-sari CANCEL", "petugas-sari RESTORE"), auditLines(sessionId));
    }

    /** The session's cancellation audit lines, oldest first, as "actor ACTION". */
    private List<String> auditLines(String sessionId) throws SQLException {
        return AuditLines.of(dataSource, "session", sessionId).stream()
                .filter(line -> line.endsWith(" CANCEL") || line.endsWith(" RESTORE")).toList();
    }

    private static String path(String classId, String sessionId) {
        return "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/cancellation";
    }
}
