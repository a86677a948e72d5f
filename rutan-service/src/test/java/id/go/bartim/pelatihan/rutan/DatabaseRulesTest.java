package id.go.bartim.pelatihan.rutan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import id.go.bartim.pelatihan.testing.CheckViolations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.certified;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database itself refuses what SPEC forbids, whatever path a write takes around the API: the enumerated columns
 * through their domains (V6), the rules across columns through the tables' checks. Each write here is refused
 * (SQLState 23514, check violation) and changes nothing.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class DatabaseRulesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_enumerated_columns_and_the_nik_refuse_values_outside_their_lists() throws SQLException {
        String inmateId = inmate();
        String enrollmentId = enrolled(runningClass(program(80), 5), inmateId);
        refused("update inmate set sex = 'OTHER' where id = ?", inmateId);
        refused("update inmate set nik = '62040115039' where id = ?", inmateId);
        refused("update inmate set education_level = 'S3' where id = ?", inmateId);
        refused("update inmate set register_class = 'C.I' where id = ?", inmateId);
        refused("update inmate set custody_status = 'FREE' where id = ?", inmateId);
        refused("update inmate set status = 'ESCAPED' where id = ?", inmateId);
        refused("update enrollment set status = 'MAYBE' where id = ?", enrollmentId);
        refused("update enrollment set status = 'WITHDRAWN', withdrawal_reason = 'BORED', withdrawn_on = current_date"
                + " where id = ?", enrollmentId);
        // A rule across columns stays a check of the table: a rejection needs its reason
        refused("update enrollment set status = 'REJECTED' where id = ?", enrollmentId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select status from enrollment where id = ?")) {
            q.setObject(1, UUID.fromString(enrollmentId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals("PENDING", rs.getString(1), "nothing changed");
            }
        }
    }

    /** V7: a birth date is missing only once retention anonymised the inmate, and the identity never comes back. */
    @Test
    void only_an_inmate_who_left_is_anonymised_and_an_anonymised_one_gets_no_identity_back() throws SQLException {
        String anonymise = "update inmate set full_name = 'Anonim', nik = null, birth_date = null, cell_block = null,"
                + " registration_number = 'ANON-' || replace(id::text, '-', ''), anonymised_at = now() where id = ?";
        String active = inmate();
        refused("update inmate set birth_date = null where id = ?", active);
        refused(anonymise, active);
        String left = inmate();
        try (Connection c = dataSource.getConnection();
                PreparedStatement release = c.prepareStatement("update inmate set status = 'RELEASED',"
                        + " release_reason = 'RELEASED', release_date = current_date where id = ?");
                PreparedStatement anonymised = c.prepareStatement(anonymise)) {
            release.setObject(1, UUID.fromString(left));
            assertEquals(1, release.executeUpdate());
            anonymised.setObject(1, UUID.fromString(left));
            assertEquals(1, anonymised.executeUpdate(), "an inmate who left can be anonymised");
        }
        refused("update inmate set nik = '6204011503900001' where id = ?", left);
        refused("update inmate set birth_date = '1990-03-15' where id = ?", left);
        refused("update inmate set full_name = 'Budi Santoso' where id = ?", left);
        refused("update inmate set cell_block = 'Blok C-3' where id = ?", left);
        refused("update inmate set registration_number = 'AI.2026.0001' where id = ?", left);
        refused("update inmate set anonymised_at = now(), full_name = 'Anonim', nik = null, birth_date = null,"
                + " cell_block = null, status = 'ACTIVE', release_date = null, release_reason = null where id = ?", left);
    }

    /** V8 (SPEC 8): a class stays within the dates of the event contract whatever path a write takes. */
    @Test
    void a_class_cannot_be_dated_outside_2000_to_2100() {
        String classId = runningClass(program(80), 5);
        refused("update training_class set end_date = date '2101-01-01' where id = ?", classId);
        refused("update training_class set start_date = date '1999-12-31' where id = ?", classId);
    }

    /** V11 (SPEC 10): a cancellation is whole, OTHER has a note, and a cancelled session takes no attendance. */
    @Test
    void a_cancellation_is_whole_and_a_cancelled_session_takes_no_attendance() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        enrolled(classId, inmate());
        refused("update class_session set cancellation_reason = 'FACILITY' where id = ?", sessionId);
        refused("update class_session set cancellation_reason = 'STRIKE', cancelled_by = 'petugas',"
                + " cancelled_at = now() where id = ?", sessionId);
        refused("update class_session set cancellation_reason = 'OTHER', cancellation_note = ' ',"
                + " cancelled_by = 'petugas', cancelled_at = now() where id = ?", sessionId);
        officer().body(Map.of("reason", "SECURITY"))
                .post("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/cancellation").then().statusCode(200);
        refused("insert into attendance_record (session_id, enrollment_id, status, recorded_at, recorded_by)"
                + " select s.id, e.id, 'PRESENT', now(), 'petugas' from class_session s"
                + " join enrollment e on e.class_id = s.class_id where s.id = ?", sessionId);
    }

    /** V13 (SPEC 10): a reason only with EXCUSED or ABSENT, from its list, and OTHER with a note. */
    @Test
    void an_attendance_reason_goes_only_with_excused_or_absent_and_other_has_a_note() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        enrolled(classId, inmate());
        String insert = "insert into attendance_record (session_id, enrollment_id, status, reason, note, recorded_at,"
                + " recorded_by) select s.id, e.id, %s, now(), 'petugas' from class_session s"
                + " join enrollment e on e.class_id = s.class_id where s.id = ?";
        refused(insert.formatted("'PRESENT', 'MEDICAL', null"), sessionId);
        refused(insert.formatted("'SICK', 'MEDICAL', 'Klinik'"), sessionId);
        refused(insert.formatted("'EXCUSED', 'NAPPING', null"), sessionId);
        refused(insert.formatted("'EXCUSED', 'OTHER', null"), sessionId);
        refused(insert.formatted("'ABSENT', 'OTHER', '  '"), sessionId);
    }

    /** V14 (SPEC 10): an excusal runs forward, OTHER has a note, and a record an excusal made is EXCUSED. */
    @Test
    void an_excusal_runs_forward_other_has_a_note_and_its_records_are_excused() {
        String classId = runningClass(program(80), 5);
        session(classId, today(), 2);
        String enrollmentId = acceptedEnrollment(classId);
        String insert = "insert into excusal (id, enrollment_id, from_date, until_date, reason, note, created_by,"
                + " created_at) values (gen_random_uuid(), cast(? as uuid), %s, 'petugas', now())";
        refused(insert.formatted("current_date, current_date - 1, 'MEDICAL', null"), enrollmentId);
        refused(insert.formatted("current_date, current_date, 'OTHER', ' '"), enrollmentId);
        refused(insert.formatted("current_date, current_date, 'NAPPING', null"), enrollmentId);
        String excusalId = officer().body(Map.of("from", today().toString(), "until", today().toString(),
                        "reason", "MEDICAL"))
                .post("/api/v1/enrollments/" + enrollmentId + "/excusals").then().statusCode(201)
                .extract().path("id");
        refused("update attendance_record set status = 'PRESENT', reason = null where excusal_id = cast(? as uuid)",
                excusalId);
    }

    /**
     * V14: the trigger refuses recording attendance on a cancelled session, not clearing a note there (an anonymised
     * inmate's) nor unlinking a record from an excusal taken back.
     */
    @Test
    void a_note_on_a_cancelled_session_can_still_be_cleared() throws SQLException {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today(), 2);
        enrolled(classId, inmate());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into attendance_record (session_id,"
                        + " enrollment_id, status, note, recorded_at, recorded_by) select s.id, e.id, 'SICK', 'Demam',"
                        + " now(), 'petugas' from class_session s join enrollment e on e.class_id = s.class_id"
                        + " where s.id = ?");
                PreparedStatement clear = c.prepareStatement(
                        "update attendance_record set note = null, excusal_id = null where session_id = ?")) {
            insert.setObject(1, UUID.fromString(sessionId));
            assertEquals(1, insert.executeUpdate());
            officer().body(Map.of("reason", "SECURITY"))
                    .post("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/cancellation").then()
                    .statusCode(200);
            clear.setObject(1, UUID.fromString(sessionId));
            assertEquals(1, clear.executeUpdate());
        }
        refused("update attendance_record set status = 'PRESENT' where session_id = ?", sessionId);
    }

    /** V15: a certificate has a status exactly when it has a number; a revocation has its date, a reason only then. */
    @Test
    void a_certificate_status_goes_with_the_number_and_a_revocation_with_its_date() {
        String classId = runningClass(program(50), 5);
        String enrollmentId = acceptedEnrollment(classId);
        refused("update enrollment set certificate_status = 'VALID' where id = ?", enrollmentId);
        certified(classId, enrollmentId, "DISNAKERTRANS-BARTIM/DBR-01/2026/" + "%06d".formatted(
                Math.floorMod(enrollmentId.hashCode(), 1_000_000)));
        refused("update enrollment set certificate_status = 'GONE' where id = ?", enrollmentId);
        refused("update enrollment set certificate_status = null where id = ?", enrollmentId);
        refused("update enrollment set certificate_status = 'REVOKED' where id = ?", enrollmentId);
        refused("update enrollment set certificate_revoked_on = current_date where id = ?", enrollmentId);
        refused("update enrollment set certificate_revocation_reason = 'Alasan' where id = ?", enrollmentId);
        viewer().get("/api/v1/enrollments/" + enrollmentId).then()
                .body("certificateStatus", equalTo("VALID"));
    }

    private void refused(String sql, String id) {
        CheckViolations.assertRefused(dataSource, sql, id);
    }
}
