package id.go.bartim.pelatihan.disnaker;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import id.go.bartim.pelatihan.testing.CheckViolations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database itself refuses what SPEC forbids, whatever path a write takes around the consumers: the enumerated
 * columns through their domains (V3), the rules across columns through the tables' checks. Each write here is refused
 * (SQLState 23514, check violation) and changes nothing.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class DatabaseRulesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_enumerated_columns_and_the_nik_refuse_values_outside_their_lists() throws SQLException {
        int year = freshYear();
        target(year, 10);
        String enrollmentId = request(person(true), program(), year);
        String participantId = awaitDecision(enrollmentId, "ACCEPTED").getString("participantId");
        refused("update participant set sex = 'OTHER' where id = ?", participantId);
        refused("update participant set nik = '62040115039' where id = ?", participantId);
        refused("update participant set education_level = 'S3' where id = ?", participantId);
        refused("update quota_slot set state = 'HELD' where participant_id = ?", participantId);
        refused("update enrollment_decision set status = 'MAYBE' where enrollment_id = ?", enrollmentId);
        refused("update enrollment_decision set status = 'REJECTED', rejection_reason = 'NO_REASON'"
                + " where enrollment_id = ?", enrollmentId);
        refused("update enrollment_decision set outcome = 'GREAT' where enrollment_id = ?", enrollmentId);
        // A rule across columns stays a check of the table: a rejection needs its reason
        refused("update enrollment_decision set status = 'REJECTED' where enrollment_id = ?", enrollmentId);
        // Only an INVALID_REQUEST rejection is without a person
        refused("update enrollment_decision set participant_id = null where enrollment_id = ?", enrollmentId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select d.status, s.state from enrollment_decision d"
                        + " join quota_slot s on s.participant_id = d.participant_id where d.enrollment_id = ?")) {
            q.setObject(1, UUID.fromString(enrollmentId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals("ACCEPTED", rs.getString(1), "nothing changed");
                assertEquals("RESERVED", rs.getString(2), "nothing changed");
            }
        }
    }

    /** V6: an anonymised participant holds no identity, and nothing brings it back. */
    @Test
    void an_anonymised_participant_gets_no_identity_back() throws SQLException {
        String enrollmentId = request(person(true), program(), freshYear());
        String participantId = awaitDecision(enrollmentId, "ACCEPTED").getString("participantId");
        refused("update participant set anonymised_at = now() where id = ?", participantId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement anonymise = c.prepareStatement("update participant set full_name = 'Anonim',"
                        + " nik = null, birth_date = null, partner_ref = 'anon-' || id::text, anonymised_at = now()"
                        + " where id = ?")) {
            anonymise.setObject(1, UUID.fromString(participantId));
            assertEquals(1, anonymise.executeUpdate());
        }
        refused("update participant set nik = '6204011503900001' where id = ?", participantId);
        refused("update participant set full_name = 'Budi Santoso' where id = ?", participantId);
        refused("update participant set birth_date = '1990-03-15' where id = ?", participantId);
        refused("update participant set partner_ref = 'a6a4c1e2' where id = ?", participantId);
    }

    /** V7: a certificate's verification code is 10 symbols of its alphabet, nothing else. */
    @Test
    void a_verification_code_outside_the_alphabet_is_refused() throws SQLException {
        String enrollmentId = request(person(true), program(), openYear());
        awaitDecision(enrollmentId, "ACCEPTED");
        complete(enrollmentId, "COMPETENT");
        awaitDecision(enrollmentId, "COMPLETED");
        refused("update certificate set verification_code = 'K7MX2QHT9O' where enrollment_id = ?", enrollmentId);
        refused("update certificate set verification_code = 'K7MX2QHT91' where enrollment_id = ?", enrollmentId);
        refused("update certificate set verification_code = 'k7mx2qht9c' where enrollment_id = ?", enrollmentId);
        refused("update certificate set verification_code = 'K7MX2QHT9' where enrollment_id = ?", enrollmentId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from certificate"
                        + " where verification_code !~ '^[A-HJ-NP-Z2-9]{10}$'");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1), "every certificate has a code of the format");
        }
    }

    /** V8: a revocation is whole (date, reason, officer) exactly when the certificate is REVOKED. */
    @Test
    void a_revocation_is_whole_or_absent() throws SQLException {
        String enrollmentId = certified();
        refused("update certificate set status = 'REVOKED' where enrollment_id = ?", enrollmentId);
        refused("update certificate set status = 'GONE' where enrollment_id = ?", enrollmentId);
        refused("update certificate set revoked_on = current_date, revocation_reason = 'Alasan',"
                + " revoked_by = 'officer-dewi' where enrollment_id = ?", enrollmentId);
        refused("update certificate set status = 'REVOKED', revoked_on = current_date, revocation_reason = 'Alasan'"
                + " where enrollment_id = ?", enrollmentId);
        refused("update certificate set status = 'REVOKED', revoked_on = current_date, revocation_reason = '   ',"
                + " revoked_by = 'officer-dewi' where enrollment_id = ?", enrollmentId);
        assertEquals("VALID", certificateStatus(enrollmentId), "nothing changed");
    }

    /** V8: a revoked certificate never becomes valid again, and its revocation stays as written. */
    @Test
    void a_revoked_certificate_stays_revoked() throws SQLException {
        String enrollmentId = certified();
        try (Connection c = dataSource.getConnection();
                PreparedStatement revoke = c.prepareStatement("update certificate set status = 'REVOKED',"
                        + " revoked_on = date '2026-05-04', revocation_reason = 'Alasan', revoked_by = 'officer-dewi'"
                        + " where enrollment_id = ?")) {
            revoke.setObject(1, UUID.fromString(enrollmentId));
            assertEquals(1, revoke.executeUpdate());
        }
        refused("update certificate set status = 'VALID', revoked_on = null, revocation_reason = null,"
                + " revoked_by = null where enrollment_id = ?", enrollmentId);
        refused("update certificate set revoked_on = date '2026-06-01' where enrollment_id = ?", enrollmentId);
        refused("update certificate set revocation_reason = 'Alasan lain' where enrollment_id = ?", enrollmentId);
        refused("update certificate set revoked_by = 'officer-budi' where enrollment_id = ?", enrollmentId);
        assertEquals("REVOKED", certificateStatus(enrollmentId), "nothing changed");
        // Retention's one change: the reason, free text about the holder, is removed when they are anonymised
        try (Connection c = dataSource.getConnection();
                PreparedStatement forget = c.prepareStatement("update certificate set revocation_reason = '[dihapus]'"
                        + " where enrollment_id = ?")) {
            forget.setObject(1, UUID.fromString(enrollmentId));
            assertEquals(1, forget.executeUpdate());
        }
        refused("update certificate set revocation_reason = 'Alasan' where enrollment_id = ?", enrollmentId);
    }

    /** V8: no certificate is ever deleted, so no number is ever free again (SPEC 11). */
    @Test
    void a_certificate_is_never_deleted() throws SQLException {
        String enrollmentId = certified();
        refused("delete from certificate where enrollment_id = ?", enrollmentId);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException truncate = assertThrows(SQLException.class,
                    () -> s.execute("truncate certificate"));
            assertEquals("23514", truncate.getSQLState());
        }
        assertEquals("VALID", certificateStatus(enrollmentId), "still there");
    }

    /**
     * V7's backfill, run as it is on a temporary table that shadows {@code certificate} for one connection: every
     * certificate issued before V7 gets its own code of the format.
     */
    @Test
    void the_v7_backfill_gives_each_earlier_certificate_its_own_code() throws Exception {
        String v7;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V7__certificate_verification_code.sql")) {
            v7 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create temporary table certificate (number text primary key)");
            try {
                s.execute("insert into pg_temp.certificate select 'N' || n from generate_series(1, 500) n");
                s.execute(v7);
                try (ResultSet rs = s.executeQuery("select count(*), count(distinct verification_code),"
                        + " count(*) filter (where verification_code ~ '^[A-HJ-NP-Z2-9]{10}$'),"
                        + " count(distinct substr(verification_code, 1, 1)) from pg_temp.certificate")) {
                    rs.next();
                    assertEquals(500, rs.getInt(1));
                    assertEquals(500, rs.getInt(2), "one code per certificate");
                    assertEquals(500, rs.getInt(3), "every code of the format");
                    assertEquals(32, rs.getInt(4), "the whole alphabet in use");
                }
            } finally {
                s.execute("drop table pg_temp.certificate");
            }
        }
    }

    /** An enrollment whose certificate was just issued. */
    private static String certified() {
        String enrollmentId = request(person(true), program(), openYear());
        awaitDecision(enrollmentId, "ACCEPTED");
        complete(enrollmentId, "COMPETENT");
        awaitDecision(enrollmentId, "COMPLETED");
        return enrollmentId;
    }

    private String certificateStatus(String enrollmentId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select status from certificate where enrollment_id = ?")) {
            q.setObject(1, UUID.fromString(enrollmentId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void refused(String sql, String id) {
        CheckViolations.assertRefused(dataSource, sql, id);
    }
}
