package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.retention.Retention;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitRevoked;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.certified;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.revokeCertificate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.MALE_NIK;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.patch;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.release;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 9 at the rutan: retention anonymises an inmate who left longer ago than APP_RETENTION_INMATE (P2Y) with no open
 * enrollment, once, audited as {@code retention}. The clock is the run's {@code now}, set back to 2012: the inmates
 * here left in 2010, and nobody else's data is that old.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateRetentionTest {

    /** The run: 10 March 2012 in Jakarta, so whoever left before 10 March 2010 is due. */
    private static final OffsetDateTime RUN = OffsetDateTime.parse("2012-03-10T09:00:00+07:00");
    private static final LocalDate LEFT_LONG_ENOUGH_AGO = LocalDate.of(2010, 3, 9);
    private static final LocalDate LEFT_ONE_DAY_TOO_RECENTLY = LocalDate.of(2010, 3, 10);

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_inmate_released_longer_ago_than_the_period_is_anonymised_with_the_notes_about_them() {
        String classId = runningClass(program(80), 5);
        String sessionId = session(classId, today().minusDays(5), 2);
        String id = admittedIn2009();
        String enrollmentId = enrolled(classId, id);
        accept(enrollmentId);
        officer().body(List.of(Map.of("enrollmentId", enrollmentId, "status", "SICK", "note", "Demam tinggi")))
                .put(attendance(classId, sessionId)).then().statusCode(200);
        String other = session(classId, today().minusDays(4), 2);
        officer().body(List.of(Map.of("enrollmentId", enrollmentId, "status", "ABSENT", "reason", "OTHER",
                "note", "Menolak keluar sel"))).put(attendance(classId, other)).then().statusCode(200);
        String excused = session(classId, today().plusDays(2), 2);
        officer().body(Map.of("from", today().plusDays(2).toString(), "until", today().plusDays(2).toString(),
                        "reason", "FAMILY_VISIT", "note", "Dikunjungi istri"))
                .post("/api/v1/enrollments/" + enrollmentId + "/excusals").then().statusCode(201);
        officer().body(Map.of("reason", "HEALTH", "note", "Dirawat di klinik"))
                .post("/api/v1/enrollments/" + enrollmentId + "/withdrawal").then().statusCode(200);
        release(id, LEFT_LONG_ENOUGH_AGO.toString(), "RELEASED").then().statusCode(200);

        retention.run(RUN);

        String anonymousNumber = "ANON-" + id.replace("-", "");
        asViewer().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("fullName", equalTo("Anonim"))
                .body("nik", nullValue())
                .body("birthDate", nullValue())
                .body("cellBlock", nullValue())
                .body("registrationNumber", equalTo(anonymousNumber))
                .body("status", equalTo("RELEASED"))
                .body("releaseDate", equalTo(LEFT_LONG_ENOUGH_AGO.toString()))
                .body("sex", equalTo("MALE"))
                .body("educationLevel", equalTo("SMP"));
        // An officer: the number holds hex digits, often six in a row, which a viewer may not search for (SPEC 8)
        asOfficer().queryParam("q", anonymousNumber).get("/api/v1/inmates").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].fullName", equalTo("Anonim"))
                .body("items[0].nik", nullValue());
        asViewer().get("/api/v1/enrollments/" + enrollmentId).then().statusCode(200)
                .body("withdrawalReason", equalTo("HEALTH"))
                .body("withdrawalNote", nullValue());
        asViewer().get(attendance(classId, sessionId)).then().statusCode(200)
                .body("find { it.enrollmentId == '" + enrollmentId + "' }.status", equalTo("SICK"))
                .body("find { it.enrollmentId == '" + enrollmentId + "' }.note", nullValue());
        // A record with reason OTHER keeps that it had a note, not what it said (V13)
        asViewer().get(attendance(classId, other)).then()
                .body("[0].reason", equalTo("OTHER"))
                .body("[0].note", equalTo(InmateStore.REMOVED_NOTE));
        asViewer().get(attendance(classId, other) + "/history").then()
                .body("[0].to.reason", equalTo("OTHER"))
                .body("[0].to.note", nullValue());
        asViewer().get(attendance(classId, sessionId) + "/history").then()
                .body("[0].to.status", equalTo("SICK"))
                .body("[0].to.note", nullValue());
        asViewer().get(attendance(classId, excused) + "/history").then()
                .body("[0].to.note", nullValue());
        asViewer().get("/api/v1/enrollments/" + enrollmentId + "/excusals").then()
                .body("[0].reason", equalTo("FAMILY_VISIT"))
                .body("[0].note", nullValue());
        assertEquals(List.of("retention"), anonymiseLines(id));
        patch(id, Map.of("fullName", "Budi Santoso")).then().statusCode(409)
                .body("type", endsWith("/inmate-anonymised"));
    }

    @Test
    void a_transferred_inmate_is_anonymised_like_a_released_one() {
        String id = leftOn(LEFT_LONG_ENOUGH_AGO, "TRANSFERRED");

        retention.run(RUN);

        asOfficer().get("/api/v1/inmates/" + id).then().body("fullName", equalTo("Anonim"))
                .body("status", equalTo("TRANSFERRED"));
        assertEquals(List.of("retention"), anonymiseLines(id));
    }

    @Test
    void one_released_one_day_too_recently_one_still_active_and_one_with_an_open_enrollment_are_kept()
            throws SQLException {
        String tooRecent = leftOn(LEFT_ONE_DAY_TOO_RECENTLY, "RELEASED");
        String active = admittedIn2009();
        String withOpenEnrollment = admittedIn2009();
        enrolled(runningClass(program(80), 5), withOpenEnrollment);
        // A release withdraws every open enrollment, so only a path around the API leaves one open: the rule's guard
        leftWithoutWithdrawing(withOpenEnrollment, LocalDate.of(2010, 1, 4));

        retention.run(RUN);

        for (String kept : List.of(tooRecent, active, withOpenEnrollment)) {
            asOfficer().get("/api/v1/inmates/" + kept).then().statusCode(200)
                    .body("fullName", equalTo("Budi Santoso"))
                    .body("nik", equalTo(MALE_NIK))
                    .body("birthDate", equalTo("1990-03-15"))
                    .body("cellBlock", equalTo("Blok B-3"));
            assertEquals(List.of(), anonymiseLines(kept), kept);
        }
    }

    @Test
    void a_second_run_changes_nothing_and_writes_no_line() throws SQLException {
        String id = leftOn(LEFT_LONG_ENOUGH_AGO, "RELEASED");
        retention.run(RUN);
        long version = asOfficer().get("/api/v1/inmates/" + id).then().extract().jsonPath().getLong("version");
        int lines = retentionLines();

        List<Retention.Result> again = retention.run(RUN);

        for (Retention.Result result : again) {
            assertEquals(new Retention.Result(result.rule(), Retention.Outcome.APPLIED, 0), result);
        }
        assertEquals(lines, retentionLines());
        asOfficer().get("/api/v1/inmates/" + id).then().body("version", equalTo((int) version));
        assertEquals(List.of("retention"), anonymiseLines(id));
    }

    /** Two replicas run at the same moment, each in its own transactions: each person is anonymised once. */
    @Test
    void two_replicas_running_together_anonymise_each_inmate_once() throws Exception {
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            due.add(leftOn(LEFT_LONG_ENOUGH_AGO, "RELEASED"));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Retention.Result>>> runs = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                runs.add(replicas.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return retention.run(RUN);
                }));
            }
            for (Future<List<Retention.Result>> run : runs) {
                for (Retention.Result result : run.get(60, TimeUnit.SECONDS)) {
                    assertTrue(result.outcome() != Retention.Outcome.FAILED, result.toString());
                }
            }
        } finally {
            replicas.shutdownNow();
        }

        for (String id : due) {
            assertEquals(List.of("retention"), anonymiseLines(id), id);
            asOfficer().get("/api/v1/inmates/" + id).then().body("fullName", equalTo("Anonim"));
        }
    }

    /**
     * Two replicas whose runs overlap for sure: the first holds the rule while its update waits for an inmate's row
     * (held here, as a correction in flight would hold it); the second finds the rule taken and skips it; the first
     * then anonymises everyone, once.
     */
    @Test
    void a_replica_that_finds_the_rule_taken_by_another_skips_it() throws Exception {
        List<String> due = List.of(leftOn(LEFT_LONG_ENOUGH_AGO, "RELEASED"), leftOn(LEFT_LONG_ENOUGH_AGO, "RELEASED"));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try (Connection correction = dataSource.getConnection()) {
            correction.setAutoCommit(false);
            try (PreparedStatement hold = correction.prepareStatement(
                    "select id from inmate where id = ?::uuid for update")) {
                hold.setString(1, due.get(0));
                hold.executeQuery().close();
            }
            Future<List<Retention.Result>> first = replicas.submit(() -> retention.run(RUN));
            await().atMost(Duration.ofSeconds(30)).until(() -> ruleTaken("inmate-anonymisation"));

            List<Retention.Result> second = replicas.submit(() -> retention.run(RUN)).get(60, TimeUnit.SECONDS);
            correction.rollback();

            assertEquals(Retention.Outcome.SKIPPED, resultOf(second, "inmate-anonymisation").outcome());
            Retention.Result applied = resultOf(first.get(60, TimeUnit.SECONDS), "inmate-anonymisation");
            assertEquals(Retention.Outcome.APPLIED, applied.outcome());
            assertTrue(applied.count() >= due.size(), applied.toString());
        } finally {
            replicas.shutdownNow();
        }
        for (String id : due) {
            assertEquals(List.of("retention"), anonymiseLines(id), id);
        }
    }

    /** SPEC 11: disnaker's reason for revoking the certificate is free text about the inmate; status and date stay. */
    @Test
    void anonymising_an_inmate_clears_the_reason_of_a_revoked_certificate() {
        String classId = runningClass(program(50), 5);
        String id = admittedIn2009();
        String enrollmentId = enrolled(classId, id);
        accept(enrollmentId);
        String number = "DISNAKERTRANS-BARTIM/RET-01/2026/" + "%06d".formatted(Math.floorMod(id.hashCode(), 1_000_000));
        certified(classId, enrollmentId, number);
        revokeCertificate(enrollmentId, number, "Dicabut karena kasus lain", LocalDate.parse("2026-05-04"),
                UUID.randomUUID());
        awaitRevoked(enrollmentId);
        release(id, LEFT_LONG_ENOUGH_AGO.toString(), "RELEASED").then().statusCode(200);

        retention.run(RUN);

        asViewer().get("/api/v1/inmates/" + id).then().body("fullName", equalTo("Anonim"));
        asViewer().get("/api/v1/enrollments/" + enrollmentId).then().statusCode(200)
                .body("certificateNumber", equalTo(number))
                .body("certificateStatus", equalTo("REVOKED"))
                .body("certificateRevokedOn", equalTo("2026-05-04"))
                .body("certificateRevocationReason", nullValue());
    }

    private static String admittedIn2009() {
        Map<String, Object> body = body();
        body.put("admissionDate", "2009-06-01");
        return createdId(body);
    }

    private static String leftOn(LocalDate on, String reason) {
        String id = admittedIn2009();
        release(id, on.toString(), reason).then().statusCode(200);
        return id;
    }

    private void leftWithoutWithdrawing(String id, LocalDate on) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update inmate set status = 'RELEASED',"
                        + " release_reason = 'RELEASED', release_date = ? where id = ?::uuid")) {
            update.setObject(1, on);
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The actors of the ANONYMISE lines about the inmate. */
    private List<String> anonymiseLines(String id) {
        List<String> actors = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select actor from audit_event"
                        + " where action = 'ANONYMISE' and resource_type = 'inmate' and resource_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actors;
    }

    private int retentionLines() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from audit_event where actor = 'retention'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether a transaction holds the advisory lock of the rule (Retention's two keys). */
    private boolean ruleTaken(String rule) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and objsubid = 2 and granted and classid::bigint = ? and objid::bigint = ?")) {
            q.setLong(1, Retention.LOCK_SPACE);
            q.setLong(2, Integer.toUnsignedLong(rule.hashCode()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static Retention.Result resultOf(List<Retention.Result> run, String rule) {
        return run.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static String attendance(String classId, String sessionId) {
        return "/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance";
    }
}
