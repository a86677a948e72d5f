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
        awaitBlockedBy(backendPid(holder), dataSource);
    }

    /**
     * As {@link #awaitBlockedBy(Connection, DataSource)}, for a holder known by its backend's pid ({@code select
     * pg_backend_pid()} in its transaction): a transaction of the service under test rather than one of the test's.
     */
    public static void awaitBlockedBy(int holderPid, DataSource dataSource) {
        await().atMost(Duration.ofSeconds(20)).until(() -> blockedBy(dataSource, holderPid) > 0);
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
