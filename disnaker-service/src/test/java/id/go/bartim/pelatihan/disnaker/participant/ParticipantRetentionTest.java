package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.disnaker.certificate.HolderName;
import id.go.bartim.pelatihan.platform.retention.Retention;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 9 at disnaker: retention anonymises a participant APP_RETENTION_PARTICIPANT (P5Y) after the end of their last
 * quota year, once, audited as {@code retention}, and every count and certificate stays (SPEC 11). The clock is the
 * run's {@code now}: the people here trained in 2002 to 2004, years no other test uses, so runs in 2009 touch only
 * them.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ParticipantRetentionTest {

    private static final int LAST_YEAR = 2003;
    /** The end of 2003 (1 January 2004, 00:00 WIB) plus five years. */
    private static final OffsetDateTime PERIOD_AFTER_LAST_YEAR = OffsetDateTime.parse("2009-01-01T00:00:00+07:00");
    private static final OffsetDateTime RUN = PERIOD_AFTER_LAST_YEAR.plusSeconds(1);

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Test
    void a_participant_whose_last_year_ended_longer_ago_than_the_period_is_anonymised_and_every_count_kept()
            throws SQLException {
        String code = program();
        Person person = person(true);
        String earlier = request(person, code, LAST_YEAR - 1);
        awaitDecision(earlier, "ACCEPTED");
        String trained = trained(person, code, LAST_YEAR);
        String id = participantOf(trained);
        Map<String, Object> quotaBefore = quota(LAST_YEAR);
        Map<String, Object> earlierQuotaBefore = quota(LAST_YEAR - 1);
        Map<String, Object> certificate = certificateOf(trained);

        retention.run(PERIOD_AFTER_LAST_YEAR);
        officer().get("/api/v1/participants/" + id).then().body("fullName", equalTo(person.fullName()));

        retention.run(RUN);

        officer().get("/api/v1/participants/" + id).then().statusCode(200)
                .body("fullName", equalTo("Anonim"))
                .body("nik", nullValue())
                .body("birthDate", nullValue())
                .body("partnerRef", equalTo("anon-" + id))
                .body("partnerCode", equalTo("RUTAN-TML"))
                .body("sex", equalTo("MALE"))
                .body("educationLevel", equalTo("SMA"));
        assertEquals(quotaBefore, quota(LAST_YEAR));
        assertEquals(earlierQuotaBefore, quota(LAST_YEAR - 1));
        assertEquals(certificate, certificateOf(trained));
        viewer().get("/api/v1/enrollments/" + trained).then().body("participantId", equalTo(id))
                .body("status", equalTo("COMPLETED"));
        String[] kept = holderName(certificate.get("number").toString());
        assertTrue(HolderName.matches(kept[0], kept[1], "  " + person.fullName().toUpperCase().replace(" ", "   ")));
        assertEquals(List.of("retention"), anonymiseLines(id));
    }

    @Test
    void the_conflicts_about_an_anonymised_participant_are_forgotten() throws SQLException {
        String code = program();
        Person holder = person(true);
        Person named = person(true);
        String holderId = participantOf(trained(holder, code, LAST_YEAR));
        String namedId = participantOf(trained(named, code, LAST_YEAR));
        String conflicting = request(new Person(named.partnerRef(), named.fullName(), holder.nik()), code, LAST_YEAR);
        awaitDecision(conflicting, "REJECTED");
        assertEquals(1, conflictsAbout(holderId, namedId));

        retention.run(RUN);

        assertEquals(0, conflictsAbout(holderId, namedId));
        assertEquals(List.of("retention"), anonymiseLines(holderId));
        assertEquals(List.of("retention"), anonymiseLines(namedId));
    }

    /** SPEC 11: a revocation's reason may speak of the holder; it goes with their identity, the revocation stays. */
    @Test
    void the_reason_a_certificate_of_an_anonymised_participant_was_revoked_for_is_removed() {
        String code = program();
        String trained = trained(person(true), code, LAST_YEAR);
        String number = certificateOf(trained).get("number").toString();
        String revokedOn = officer().body(Map.of("reason", "Peserta memalsukan dokumen"))
                .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200)
                .extract().jsonPath().getString("revokedOn");

        retention.run(RUN);

        Map<String, Object> certificate = certificateOf(trained);
        assertEquals("REVOKED", certificate.get("status"));
        assertEquals(revokedOn, certificate.get("revokedOn"));
        assertEquals(ParticipantStore.REMOVED_REASON, certificate.get("revocationReason"));
        assertEquals(List.of("retention"), anonymiseLines(participantOf(trained)));
    }

    @Test
    void a_participant_whose_last_year_is_too_recent_is_kept() {
        String code = program();
        Person person = person(true);
        String id = participantOf(trained(person, code, LAST_YEAR));
        awaitDecision(request(person, code, LAST_YEAR + 1), "ACCEPTED");

        retention.run(RUN);

        officer().get("/api/v1/participants/" + id).then()
                .body("fullName", equalTo(person.fullName()))
                .body("nik", equalTo(person.nik()))
                .body("partnerRef", equalTo(person.partnerRef()));
        assertEquals(List.of(), anonymiseLines(id));
    }

    @Test
    void a_later_request_from_the_partner_about_the_same_person_registers_a_new_participant() {
        String code = program();
        Person person = person(true);
        String old = participantOf(trained(person, code, LAST_YEAR));
        retention.run(RUN);

        String again = request(person, code, freshYear());
        String now = awaitDecision(again, "ACCEPTED").getString("participantId");

        assertNotEquals(old, now);
        officer().get("/api/v1/participants/" + now).then().body("nik", equalTo(person.nik()))
                .body("partnerRef", equalTo(person.partnerRef()));
        officer().get("/api/v1/participants/" + old).then().body("fullName", equalTo("Anonim"));
    }

    @Test
    void a_second_run_changes_nothing_and_writes_no_line() throws SQLException {
        String id = participantOf(trained(person(false), program(), LAST_YEAR));
        retention.run(RUN);
        Map<String, Object> anonymised = officer().get("/api/v1/participants/" + id).jsonPath().getMap("");
        int lines = retentionLines();

        List<Retention.Result> again = retention.run(RUN);

        for (Retention.Result result : again) {
            assertEquals(new Retention.Result(result.rule(), Retention.Outcome.APPLIED, 0), result);
        }
        assertEquals(lines, retentionLines());
        assertEquals(anonymised, officer().get("/api/v1/participants/" + id).jsonPath().getMap(""));
    }

    /** Two replicas run at the same moment, each in its own transactions: each person is anonymised once. */
    @Test
    void two_replicas_running_together_anonymise_each_participant_once() throws Exception {
        String code = program();
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String enrollment = request(person(i % 2 == 0), code, LAST_YEAR);
            due.add(awaitDecision(enrollment, "ACCEPTED").getString("participantId"));
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
        }
    }

    /**
     * A request about a due person, decided while retention runs: the consumer holds the person's row (it locks the
     * person a request matches), so retention waits, reads the person's facts again once it has them, finds a recent
     * year and keeps them.
     */
    @Test
    void a_person_decided_again_while_retention_waits_for_them_is_kept() throws Exception {
        String code = program();
        Person person = person(true);
        String id = participantOf(trained(person, code, LAST_YEAR));
        ExecutorService replica = Executors.newSingleThreadExecutor();
        try (Connection consumer = dataSource.getConnection()) {
            consumer.setAutoCommit(false);
            try (PreparedStatement hold = consumer.prepareStatement(
                    "select id from participant where id = ?::uuid for update")) {
                hold.setString(1, id);
                hold.executeQuery().close();
            }
            Future<List<Retention.Result>> run = replica.submit(() -> retention.run(RUN));
            await().atMost(Duration.ofSeconds(30)).until(this::retentionWaitsForARow);
            try (PreparedStatement decide = consumer.prepareStatement("""
                    insert into enrollment_decision (enrollment_id, participant_id, class_id, program_code,
                        class_start_date, class_end_date, partner_code, year, status, rejection_reason, decided_at,
                        updated_at)
                    values (gen_random_uuid(), ?::uuid, gen_random_uuid(), ?, '2005-02-02', '2005-04-24', 'RUTAN-TML',
                        2005, 'REJECTED', 'QUOTA_EXHAUSTED', now(), now())""")) {
                decide.setString(1, id);
                decide.setString(2, code);
                decide.executeUpdate();
            }
            consumer.commit();

            for (Retention.Result result : run.get(60, TimeUnit.SECONDS)) {
                assertTrue(result.outcome() != Retention.Outcome.FAILED, result.toString());
            }
        } finally {
            replica.shutdownNow();
        }
        officer().get("/api/v1/participants/" + id).then().body("fullName", equalTo(person.fullName()))
                .body("nik", equalTo(person.nik()));
        assertEquals(List.of(), anonymiseLines(id));
    }

    /** Certificates issued before V6 got their hash from SQL: it must be the one HolderName computes. */
    @Test
    void the_migration_hashes_a_name_as_holder_name_does() throws SQLException {
        for (String name : List.of("Budi Santoso", "  SITI\tNur  Haliza ", "Ni Made Ayu Ástiti", "D'Angelo O'Neil")) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement q = c.prepareStatement("select encode(sha256(convert_to("
                            + "? || regexp_replace(lower(?), '[[:space:]]', '', 'g'), 'UTF8')), 'hex')")) {
                q.setString(1, "0123456789abcdef0123456789abcdef");
                q.setString(2, name);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertTrue(HolderName.matches("0123456789abcdef0123456789abcdef", rs.getString(1), name), name);
                }
            }
        }
    }

    @Test
    void the_daily_run_is_scheduled() {
        assertNotNull(scheduler.getScheduledJob(Retention.JOB));
    }

    /** A person accepted and trained (COMPETENT, so certified) in {@code year}; the enrollment id. */
    private static String trained(Person person, String code, int year) {
        String enrollment = request(person, code, year);
        awaitDecision(enrollment, "ACCEPTED");
        complete(enrollment, "COMPETENT");
        awaitDecision(enrollment, "COMPLETED");
        return enrollment;
    }

    private static String participantOf(String enrollment) {
        return viewer().get("/api/v1/enrollments/" + enrollment).jsonPath().getString("participantId");
    }

    private static Map<String, Object> quota(int year) {
        return viewer().get("/api/v1/quota/" + year).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> certificateOf(String enrollment) {
        List<Map<String, Object>> items = viewer().queryParam("year", LAST_YEAR).queryParam("size", 100)
                .get("/api/v1/certificates").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> enrollment.equals(c.get("enrollmentId"))).findFirst().orElseThrow();
    }

    /** The certificate's salt and hash of its holder's name. */
    private String[] holderName(String number) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select holder_name_salt, holder_name_hash from certificate where number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /** The actors of the ANONYMISE lines about the participant. */
    private List<String> anonymiseLines(String id) {
        List<String> actors = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select actor from audit_event"
                        + " where action = 'ANONYMISE' and resource_type = 'participant' and resource_id = ?")) {
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

    /** Whether retention's lock on the people it found waits for a row another transaction holds. */
    private boolean retentionWaitsForARow() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query like '%anonymised_at is null%for update%'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private int conflictsAbout(String one, String other) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from participant_conflict"
                        + " where participant_id in (?, ?) or other_participant_id in (?, ?)")) {
            for (int i = 0; i < 4; i++) {
                q.setObject(i + 1, UUID.fromString(i % 2 == 0 ? one : other));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int retentionLines() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from audit_event where actor = 'retention'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
