package id.go.bartim.pelatihan.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;

/**
 * For tests of races: a connection holds a row (or an uncommitted duplicate) and the test waits until the request
 * under test is blocked by exactly that connection, not by any other lock waiter in the database.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Waits (at most 20 s) until some backend waits for a lock {@code holder} holds. */
    public static void awaitBlockedBy(Connection holder, DataSource dataSource) throws SQLException {
        int holderPid = backendPid(holder);
        await().atMost(Duration.ofSeconds(20)).until(() -> blockedBy(dataSource, holderPid) > 0);
    }

    /**
     * Waits (at most 20 s) until the backend {@code waiterPid} waits for a lock the backend {@code holderPid} holds: both
     * transactions of the service under test, known by {@code select pg_backend_pid()} run inside each.
     */
    public static void awaitBlockedBy(int waiterPid, int holderPid, DataSource dataSource) {
        await().atMost(Duration.ofSeconds(20)).until(() -> waits(dataSource, waiterPid, holderPid));
    }

    private static boolean waits(DataSource dataSource, int waiterPid, int holderPid) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select ? = any(pg_blocking_pids(?))")) {
            s.setInt(1, holderPid);
            s.setInt(2, waiterPid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static int backendPid(Connection holder) throws SQLException {
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int blockedBy(DataSource dataSource, int holderPid) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            s.setInt(1, holderPid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
