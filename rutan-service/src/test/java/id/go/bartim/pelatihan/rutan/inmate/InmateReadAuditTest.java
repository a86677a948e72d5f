package id.go.bartim.pelatihan.rutan.inmate;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.female;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.release;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit line of a single-record read is committed before the record is served, and concurrent reads share
 * one commit (group commit: their rows carry one transaction id, PostgreSQL's xmin). The record is read with plain
 * JDBC ({@code AuditedRead}), and served exactly as stored.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateReadAuditTest {

    private static final int READERS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    id.go.bartim.pelatihan.platform.audit.ReadAudit readAudit;

    @Test
    void concurrent_reads_are_each_audited_and_share_one_commit() throws Exception {
        String id = createdId();
        String reader = "viewer-" + token();
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<Integer>> reads = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection()) {
            // Hold the audit writer at its first insert, so the other reads queue up behind it meanwhile.
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table audit_event in share mode");
            }
            for (int i = 0; i < READERS; i++) {
                reads.add(pool.submit(() -> given().auth().oauth2(Tokens.forRole("rutan-viewer", reader))
                        .get("/api/v1/inmates/" + id).then().extract().statusCode()));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnTheLock("insert into audit_event%") >= 1);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> threadsWaitingOnReadAudit() >= READERS - 1 || reads.stream().anyMatch(Future::isDone));
            assertFalse(reads.stream().anyMatch(Future::isDone), "no read is served before its line is written");
            blocker.commit();
        } finally {
            pool.shutdown();
        }
        for (Future<Integer> read : reads) {
            assertEquals(200, read.get());
        }
        int[] lines = lines(reader, id);
        assertEquals(READERS, lines[0], "one line per read");
        assertTrue(lines[1] <= 2, "the lines queued behind the first share a commit; transactions: " + lines[1]);
    }

    @Test
    void the_record_served_is_the_record_stored_every_field_of_it() throws Exception {
        Map<String, Object> body = female();
        body.put("expectedReleaseDate", today().plusMonths(3).toString());
        String id = createdId(body);
        release(id, today().toString(), "TRANSFERRED").then().statusCode(200);
        var served = asOfficer().get("/api/v1/inmates/" + id).then().statusCode(200).extract();
        InmateView stored = QuarkusTransaction.requiringNew()
                .call(() -> InmateView.of(Inmate.findById(UUID.fromString(id))));
        assertEquals(mapper.readTree(mapper.writeValueAsString(stored)), mapper.readTree(served.asString()));
        assertEquals("\"" + stored.version() + "\"", served.header("ETag"));
        assertEquals("B.I", stored.registerClass().code(), "every optional field is set in this record");
        assertEquals(ReleaseReason.TRANSFERRED, stored.releaseReason());
    }

    @Test
    void an_inmate_that_does_not_exist_is_404_and_leaves_no_line() throws Exception {
        String reader = "viewer-" + token();
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.forRole("rutan-viewer", reader)).get("/api/v1/inmates/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        assertEquals(0, lines(reader, id)[0]);
    }

    @Test
    void refuses_a_read_whose_audit_line_cannot_be_written_and_serves_nothing() {
        String id = createdId();
        // actor is varchar(200): a longer token subject makes the line impossible to store.
        String tooLong = "viewer-" + "x".repeat(250);
        given().auth().oauth2(Tokens.forRole("rutan-viewer", tooLong)).get("/api/v1/inmates/" + id).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", endsWith("/audit-unavailable"))
                .body("nik", org.hamcrest.Matchers.nullValue());
        // Other readers are not affected.
        given().auth().oauth2(Tokens.forRole("rutan-viewer", "viewer-" + token())).get("/api/v1/inmates/" + id)
                .then().statusCode(200);
    }

    @Test
    void stores_each_line_exactly_as_given_whatever_its_text() throws Exception {
        // The lines go to PostgreSQL as text arrays: quotes, backslashes, commas, braces, the word NULL, a real
        // null, non-ASCII and a time with microseconds in another offset must all come back as they were.
        String tag = token();
        OffsetDateTime at = OffsetDateTime.parse("2026-02-28T23:59:59.123456+07:00");
        List<String> actors = List.of("o'neil, \"x\" \\ {y} " + tag, "NULL", "Siti Nurhaliza – ñ " + tag, "");
        for (String actor : actors) {
            readAudit.record(at, actor, "READ", "inmate", actor.equals("NULL") ? null : "id-" + tag);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select resource_id, occurred_at from audit_event"
                        + " where actor = ? and action = 'READ' order by id desc limit 1")) {
            // The latest line of each actor ("NULL" and "" are not unique to this test, but no other test reads
            // as them).
            for (String actor : actors) {
                q.setString(1, actor);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), actor);
                    assertEquals(actor.equals("NULL") ? null : "id-" + tag, rs.getString(1), actor);
                    assertEquals(at.toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant(), actor);
                }
            }
        }
    }

    /** Lines of reads by {@code actor} of {@code id}: {count, distinct transactions}. */
    private int[] lines(String actor, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*), count(distinct xmin::text) from audit_event"
                        + " where actor = ? and action = 'READ' and resource_id = ?")) {
            q.setString(1, actor);
            q.setString(2, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    private int waitingOnTheLock(String queryLike) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query like ?")) {
            s.setString(1, queryLike);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Threads inside {@link ReadAudit#record}: waiting for their line's commit. */
    private static long threadsWaitingOnReadAudit() {
        return Thread.getAllStackTraces().values().stream()
                .filter(frames -> java.util.Arrays.stream(frames).anyMatch(f ->
                        f.getClassName().endsWith("ReadAudit") && f.getMethodName().equals("record")))
                .count();
    }
}
