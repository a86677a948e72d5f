package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmateBody;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attendance (SPEC 3): all-or-nothing upserts, the rate arithmetic, and the report as JSON and CSV. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class AttendanceTest {

    @Test
    void upserts_the_records_of_a_session_and_lists_them() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        String b = acceptedEnrollment(classId);

        put(classId, sessionId, List.of(entry(a, "PRESENT"), entry(b, "SICK"))).then().statusCode(200)
                .body("", hasSize(2));
        put(classId, sessionId, List.of(entry(b, "LATE"))).then().statusCode(200);

        viewer().get(path(classId, sessionId)).then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("find { it.enrollmentId == '" + b + "' }.status", equalTo("LATE"))
                .body("find { it.enrollmentId == '" + a + "' }.status", equalTo("PRESENT"))
                .body("find { it.enrollmentId == '" + a + "' }.recordedBy", equalTo("petugas-sari"));
    }

    @Test
    void stores_nothing_when_one_entry_is_not_an_accepted_enrollment_of_the_class() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String accepted = acceptedEnrollment(classId);
        String pending = enrolled(classId, inmate());
        String otherClass = acceptedEnrollment(runningClass(program(80), 5));

        put(classId, sessionId, List.of(entry(accepted, "PRESENT"), entry(pending, "PRESENT"),
                entry(otherClass, "PRESENT"))).then()
                .statusCode(422)
                .body("type", endsWith("/enrollment-not-accepted"))
                .body("errors.field", equalTo(List.of("[1].enrollmentId", "[2].enrollmentId")));
        viewer().get(path(classId, sessionId)).then().body("", hasSize(0));
    }

    @Test
    void refuses_an_unknown_status_and_a_duplicate_entry_with_400() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        String a = acceptedEnrollment(classId);
        put(classId, sessionId, List.of(entry(a, "ASLEEP"))).then().statusCode(400);
        put(classId, sessionId, List.of(entry(a, "PRESENT"), entry(a, "LATE"))).then().statusCode(400)
                .body("errors[0].field", equalTo("[1].enrollmentId"));
        viewer().get(path(classId, sessionId)).then().body("", hasSize(0));
    }

    @Test
    void answers_404_for_a_session_of_another_class() {
        String classId = runningClass(program(80), 5);
        String otherSession = session(runningClass(program(80), 5), today(), 2);
        put(classId, otherSession, List.of()).then().statusCode(404);
        put(classId, UUID.randomUUID().toString(), List.of()).then().statusCode(404);
    }

    @Test
    void counts_present_and_late_but_not_excused_sick_absent_nor_sessions_before_the_request() {
        String classId = runningClass(program(80), 5);
        String before = session(classId, today().minusDays(3), 8);
        String present = session(classId, today(), 2);
        String late = session(classId, today().plusDays(1), 3);
        String excused = session(classId, today().plusDays(2), 4);
        String sick = session(classId, today().plusDays(3), 5);
        session(classId, today().plusDays(4), 6);
        String id = acceptedEnrollment(classId);

        attendance(classId, before, id, "PRESENT");
        attendance(classId, present, id, "PRESENT");
        attendance(classId, late, id, "LATE");
        attendance(classId, excused, id, "EXCUSED");
        attendance(classId, sick, id, "SICK");

        // total = 2+3+4+5+6 = 20 (the 8 hours before the request day do not count); attended = 2+3 = 5
        viewer().get("/api/v1/enrollments/" + id).then()
                .body("attendance.hoursTotal", equalTo(20))
                .body("attendance.hoursAttended", equalTo(5))
                .body("attendance.rate", equalTo(25.0f));
    }

    @Test
    void rounds_the_rate_to_one_decimal() {
        String classId = runningClass(program(80), 5);
        String a = session(classId, today(), 1);
        session(classId, today().plusDays(1), 1);
        session(classId, today().plusDays(2), 1);
        String id = acceptedEnrollment(classId);
        attendance(classId, a, id, "PRESENT");

        viewer().get("/api/v1/enrollments/" + id).then().body("attendance.rate", equalTo(33.3f));
    }

    @Test
    void reports_attendance_per_enrollment_as_json_and_as_csv_with_awkward_names() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 4);
        Map<String, Object> body = inmateBody();
        body.put("fullName", "Siti \"Ani\" Rahayu, S.Pd");
        String id = enrolled(classId, inmate(body));
        accept(id);
        Map<String, Object> second = inmateBody();
        second.put("fullName", "Dédé Ñoño Çağlar");
        String other = enrolled(classId, inmate(second));
        accept(other);
        put(classId, sessionId, List.of(entry(id, "PRESENT"), entry(other, "ABSENT"))).then().statusCode(200);

        viewer().get("/api/v1/classes/" + classId + "/attendance-report").then()
                .statusCode(200)
                .body("rows", hasSize(2))
                .body("rows.find { it.enrollmentId == '" + id + "' }.hoursAttended", equalTo(4))
                .body("rows.find { it.enrollmentId == '" + id + "' }.rate", equalTo(100.0f))
                .body("rows.find { it.enrollmentId == '" + other + "' }.fullName", equalTo("Dédé Ñoño Çağlar"));

        String csv = viewer().accept("text/csv").get("/api/v1/classes/" + classId + "/attendance-report").then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("enrollmentId,registrationNumber,fullName,status,hoursAttended,hoursTotal,rate", lines[0]);
        assertEquals(3, lines.length);
        String regA = (String) body.get("registrationNumber");
        String regB = (String) second.get("registrationNumber");
        assertEquals(other + "," + regB + ",Dédé Ñoño Çağlar,ACCEPTED,0,4,0.0", lines[1]);
        assertEquals(id + "," + regA + ",\"Siti \"\"Ani\"\" Rahayu, S.Pd\",ACCEPTED,4,4,100.0", lines[2]);
    }

    private static io.restassured.response.Response put(String classId, String sessionId, List<Map<String, Object>> body) {
        return officer().body(body).put(path(classId, sessionId));
    }

    private static String path(String classId, String sessionId) {
        return "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance";
    }

    private static Map<String, Object> entry(String enrollmentId, String status) {
        return Map.of("enrollmentId", enrollmentId, "status", status);
    }
}
