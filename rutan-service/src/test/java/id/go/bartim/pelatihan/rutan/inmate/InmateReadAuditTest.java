package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit line of a single-record read is committed before the record is served, and concurrent reads share
 * one commit (group commit: their rows carry one transaction id, PostgreSQL's xmin).
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateReadAuditTest {

    private static final int READERS = 20;

    @Inject
    AgroalDataSource dataSource;

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
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnTheLock() >= 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> serverThreadsWaiting(reads));
            assertFalse(reads.stream().anyMatch(Future::isDone), "no read is served before its line is written");
            blocker.commit();
        } finally {
            pool.shutdown();
        }
        for (Future<Integer> read : reads) {
            assertEquals(200, read.get());
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*), count(distinct xmin::text) from audit_event"
                        + " where actor = ? and action = 'READ' and resource_type = 'inmate' and resource_id = ?")) {
            q.setString(1, reader);
            q.setString(2, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(READERS, rs.getInt(1), "one line per read");
                assertTrue(rs.getInt(2) <= 2, "the lines queued behind the first share a commit; transactions: "
                        + rs.getInt(2));
            }
        }
    }

    @Test
    void refuses_a_read_whose_audit_line_cannot_be_written_and_serves_nothing() {
        String id = createdId();
        // actor is varchar(200): a longer token subject makes the line impossible to store.
        String tooLong = "viewer-" + "x".repeat(250);
        given().auth().oauth2(Tokens.forRole("rutan-viewer", tooLong)).get("/api/v1/inmates/" + id).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", endsWith("/audit-unavailable"))
                .body("nik", org.hamcrest.Matchers.nullValue());
        // Other readers are not affected.
        given().auth().oauth2(Tokens.forRole("rutan-viewer", "viewer-" + token())).get("/api/v1/inmates/" + id)
                .then().statusCode(200);
    }

    private int waitingOnTheLock() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query like 'insert into audit_event%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** All requests have reached the server and wait (on the writer) rather than still being sent. */
    private static boolean serverThreadsWaiting(List<Future<Integer>> reads) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("executor-thread"))
                .filter(t -> {
                    for (StackTraceElement frame : t.getStackTrace()) {
                        if (frame.getClassName().endsWith("ReadAudit") && frame.getMethodName().equals("record")) {
                            return true;
                        }
                    }
                    return false;
                })
                .count() >= READERS - 1 || reads.stream().anyMatch(Future::isDone);
    }
}
