package id.go.bartim.pelatihan.rutan.privacy;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.decide;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmateBody;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 9 on rutan: every read of one person's data and every write, consumers' included, leaves an audit line; a
 * refused request leaves none; an inmate's own data holds everything rutan keeps about them.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class PersonalDataAuditTest {

    private static final String VIEWER = "pengamat-joko";
    private static final String OFFICER = "petugas-sari";

    @Inject
    AgroalDataSource dataSource;

    /** An audit line as the tests compare it. */
    record Line(String actor, String action, UUID eventId, String changedFields) {
    }

    @Test
    void reading_an_inmates_enrollments_is_audited_and_an_unknown_inmate_is_not() throws SQLException {
        String inmateId = inmate();
        viewer().get("/api/v1/inmates/" + inmateId + "/enrollments").then().statusCode(200);
        assertEquals(List.of(new Line(VIEWER, "READ", null, null)), lines("inmate-enrollments", inmateId));

        String unknown = UUID.randomUUID().toString();
        viewer().get("/api/v1/inmates/" + unknown + "/enrollments").then().statusCode(404);
        assertEquals(List.of(), lines("inmate-enrollments", unknown));
    }

    @Test
    void reading_an_enrollment_is_audited_and_an_unknown_one_is_not() throws SQLException {
        String classId = runningClass(program(80), 5);
        String enrollmentId = enrolled(classId, inmate());
        viewer().get("/api/v1/enrollments/" + enrollmentId).then().statusCode(200);
        assertTrue(lines("enrollment", enrollmentId).contains(new Line(VIEWER, "READ", null, null)));

        String unknown = UUID.randomUUID().toString();
        viewer().get("/api/v1/enrollments/" + unknown).then().statusCode(404);
        assertEquals(List.of(), lines("enrollment", unknown));
    }

    @Test
    void reading_a_sessions_attendance_is_audited_and_a_session_of_another_class_is_not() throws SQLException {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today().minusDays(1), 4);
        viewer().get("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance").then().statusCode(200);
        assertEquals(List.of(new Line(VIEWER, "READ", null, null)), lines("session-attendance", sessionId));

        String otherClass = runningClass(program(80), 5);
        String elsewhere = session(otherClass, today().minusDays(1), 4);
        viewer().get("/api/v1/classes/" + classId + "/sessions/" + elsewhere + "/attendance").then().statusCode(404);
        assertEquals(List.of(), lines("session-attendance", elsewhere));
    }

    @Test
    void reading_a_sessions_attendance_history_is_audited_and_a_session_of_another_class_is_not() throws SQLException {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 4);
        viewer().get("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance/history").then()
                .statusCode(200);
        assertEquals(List.of(new Line(VIEWER, "READ", null, null)), lines("session-attendance-history", sessionId));

        String elsewhere = session(runningClass(program(80), 5), today(), 4);
        viewer().get("/api/v1/classes/" + classId + "/sessions/" + elsewhere + "/attendance/history").then()
                .statusCode(404);
        assertEquals(List.of(), lines("session-attendance-history", elsewhere));
    }

    @Test
    void an_idempotent_replay_of_a_registration_is_audited_as_a_read_of_the_inmate() throws SQLException {
        Map<String, Object> body = inmateBody();
        String key = UUID.randomUUID().toString();
        String id = officer().header("Idempotency-Key", key).body(body).post("/api/v1/inmates")
                .then().statusCode(201).extract().path("id");
        assertEquals(List.of(new Line(OFFICER, "CREATE", null, null)), lines("inmate", id));

        officer().header("Idempotency-Key", key).body(body).post("/api/v1/inmates")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("nik", equalTo(body.get("nik")));

        assertEquals(List.of(new Line(OFFICER, "CREATE", null, null), new Line(OFFICER, "READ", null, null)),
                lines("inmate", id));
    }

    @Test
    void a_correction_is_audited_with_the_names_of_the_fields_it_changed() throws SQLException {
        String id = inmate();
        officer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"fullName\": \"Budi Santosa\", \"cellBlock\": \"Blok D-1\"}")
                .patch("/api/v1/inmates/" + id).then().statusCode(200);
        assertEquals(List.of(new Line(OFFICER, "CREATE", null, null),
                new Line(OFFICER, "UPDATE", null, "fullName,cellBlock")), lines("inmate", id));
    }

    @Test
    void a_decision_applied_by_the_consumer_is_audited_as_its_event_with_the_ce_id() throws SQLException {
        String classId = runningClass(program(80), 5);
        String enrollmentId = enrolled(classId, inmate());
        UUID ceId = UUID.randomUUID();
        decide(enrollmentId, EventTypes.ENROLLMENT_ACCEPTED, ceId, """
                {"enrollmentId": "%s", "year": %d, "decidedAt": "%s"}"""
                .formatted(enrollmentId, today().getYear(), OffsetDateTime.now(WIB)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(lines("enrollment", enrollmentId).contains(new Line("event:/disnaker-service", "ACCEPT", ceId, null))));
    }

    @Test
    void a_program_received_from_disnaker_is_audited_as_its_event() throws SQLException {
        String code = program(80);
        List<Line> lines = lines("program-replica", code);
        assertEquals(1, lines.size());
        assertEquals("event:/disnaker-service", lines.get(0).actor());
        assertEquals("UPSERT", lines.get(0).action());
    }

    @Test
    void an_inmates_own_data_holds_their_record_enrollments_attendance_and_audit_trail() throws SQLException {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        String enrollmentId = enrolled(classId, inmateId);
        accept(enrollmentId);
        String sessionId = session(classId, today().minusDays(1), 4);
        attendance(classId, sessionId, enrollmentId, "SICK");
        viewer().get("/api/v1/inmates/" + inmateId).then().statusCode(200);

        officer().get("/api/v1/inmates/" + inmateId + "/personal-data").then().statusCode(200)
                .body("inmate.id", equalTo(inmateId))
                .body("inmate.nik", equalTo("6204011503900001"))
                .body("enrollments.id", equalTo(List.of(enrollmentId)))
                .body("attendance", hasSize(1))
                .body("attendance[0].status", equalTo("SICK"))
                .body("attendance[0].sessionId", equalTo(sessionId))
                .body("attendanceHistory", hasSize(1))
                .body("attendanceHistory[0].to.status", equalTo("SICK"))
                .body("auditTrail.findAll { it.resourceType == 'inmate' }.action", equalTo(List.of("CREATE", "READ")))
                .body("auditTrail.findAll { it.resourceType == 'enrollment' }.action", hasItem("ACCEPT"))
                .body("auditTrail.findAll { it.resourceType == 'session' }.action", hasItem("RECORD_ATTENDANCE"))
                .body("auditTrail.findAll { it.resourceType == 'inmate-personal-data' }.actor",
                        equalTo(List.of(OFFICER)));
        assertEquals(List.of(new Line(OFFICER, "READ", null, null)), lines("inmate-personal-data", inmateId));
    }

    @Test
    void excusals_are_audited_and_an_inmates_own_data_holds_them_with_their_history() throws SQLException {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        String enrollmentId = enrolled(classId, inmateId);
        accept(enrollmentId);
        String kept = excuse(enrollmentId, 1, "MEDICAL");
        String taken = excuse(enrollmentId, 5, "WORK_DUTY");
        session(classId, today().plusDays(1), 2);
        session(classId, today().plusDays(5), 2);
        officer().delete("/api/v1/enrollments/" + enrollmentId + "/excusals/" + taken).then().statusCode(204);
        viewer().get("/api/v1/enrollments/" + enrollmentId + "/excusals").then().statusCode(200);

        assertEquals(List.of(new Line(OFFICER, "CREATE", null, null), new Line(OFFICER, "APPLY", null, null)),
                lines("excusal", kept));
        assertEquals(List.of(new Line(OFFICER, "CREATE", null, null), new Line(OFFICER, "APPLY", null, null),
                new Line(OFFICER, "DELETE", null, null)), lines("excusal", taken));
        assertEquals(List.of(new Line(VIEWER, "READ", null, null)), lines("enrollment-excusals", enrollmentId));
        officer().get("/api/v1/inmates/" + inmateId + "/personal-data").then().statusCode(200)
                .body("excusals.id", equalTo(List.of(kept)))
                .body("excusals[0].note", equalTo("Catatan MEDICAL"))
                .body("attendance", hasSize(1))
                .body("attendanceHistory", hasSize(3))
                .body("auditTrail.findAll { it.resourceType == 'excusal' }.action",
                        equalTo(List.of("CREATE", "CREATE", "APPLY", "APPLY", "DELETE")))
                .body("auditTrail.findAll { it.resourceType == 'enrollment-excusals' }.actor",
                        equalTo(List.of(VIEWER)));
    }

    private static String excuse(String enrollmentId, int daysAhead, String reason) {
        String day = today().plusDays(daysAhead).toString();
        return officer().body(Map.of("from", day, "until", day, "reason", reason, "note", "Catatan " + reason))
                .post("/api/v1/enrollments/" + enrollmentId + "/excusals").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void an_inmates_own_data_holds_their_waiting_list_entries_and_the_lines_about_them() {
        String full = runningClass(program(80), 1);
        enrolled(full, inmate());
        String other = runningClass(program(80), 5);
        String inmateId = inmate();
        officer().body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + full + "/waiting-list")
                .then().statusCode(201);
        officer().body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + other + "/waiting-list")
                .then().statusCode(201);
        officer().delete("/api/v1/classes/" + other + "/waiting-list/" + inmateId).then().statusCode(204);

        officer().get("/api/v1/inmates/" + inmateId + "/personal-data").then().statusCode(200)
                .body("waitingList", hasSize(1))
                .body("waitingList[0].classId", equalTo(full))
                .body("waitingList[0].inmateId", equalTo(inmateId))
                .body("waitingList[0].position", equalTo(1))
                .body("waitingList[0].status", equalTo("WAITING"))
                .body("waitingList[0].addedAt", notNullValue())
                .body("auditTrail.findAll { it.resourceType == 'waiting-list-entry' }.action",
                        equalTo(List.of("CREATE", "CREATE", "DELETE")));
    }

    @Test
    void an_inmates_own_data_is_for_officers_and_a_refusal_is_not_audited() throws SQLException {
        String inmateId = inmate();
        viewer().get("/api/v1/inmates/" + inmateId + "/personal-data").then().statusCode(403);
        String unknown = UUID.randomUUID().toString();
        officer().get("/api/v1/inmates/" + unknown + "/personal-data").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(List.of(), lines("inmate-personal-data", inmateId));
        assertEquals(List.of(), lines("inmate-personal-data", unknown));
    }

    @Test
    void a_certificate_received_from_disnaker_is_audited_as_its_event() throws SQLException {
        String classId = runningClass(program(80), 5);
        String enrollmentId = acceptedEnrollment(classId);
        String sessionId = session(classId, today(), 2);
        attendance(classId, sessionId, enrollmentId, "PRESENT");
        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + enrollmentId + "/completion").then().statusCode(200);
        UUID ceId = UUID.randomUUID();
        String number = "DISNAKERTRANS-BARTIM/AUDIT/" + today().getYear() + "/" + ceId.toString().substring(0, 6);
        decide(enrollmentId, EventTypes.CERTIFICATE_ISSUED, ceId, """
                {"enrollmentId": "%s", "certificateNumber": "%s", "issuedOn": "%s"}"""
                .formatted(enrollmentId, number, today()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(lines("enrollment", enrollmentId).contains(new Line("event:/disnaker-service", "CERTIFY", ceId, null))));
    }

    /** The audit lines about one record, oldest first. */
    private List<Line> lines(String resourceType, String resourceId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select actor, action, event_id, changed_fields"
                        + " from audit_event where resource_type = ? and resource_id = ? order by id")) {
            q.setString(1, resourceType);
            q.setString(2, resourceId);
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4)));
                }
            }
            return lines;
        }
    }
}
