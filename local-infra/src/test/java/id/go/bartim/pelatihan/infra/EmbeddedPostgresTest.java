package id.go.bartim.pelatihan.infra;

import org.jboss.logging.Logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresTest.class);

    @TempDir
    Path temp;

    @Test
    void starts_a_server_that_accepts_jdbc_connections_to_a_new_database() throws SQLException {
        long begin = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(temp.resolve("pg"), 0)) {
            LOG.infof("PostgreSQL initdb + start took %d ms", (System.nanoTime() - begin) / 1_000_000);
            postgres.createDatabase("pelatihan");
            postgres.createDatabase("pelatihan"); // a second call is a no-op, not an error

            try (Connection connection = DriverManager.getConnection(
                    postgres.jdbcUrl("pelatihan"), EmbeddedPostgres.USER, "");
                    ResultSet result = connection.createStatement().executeQuery("select 1")) {
                result.next();
                assertEquals(1, result.getInt(1));
            }
        }
    }

    /** A constraint's DETAIL quotes the failing row, a NIK among its values: the server log must not keep it. */
    @Test
    void logs_errors_tersely_so_a_failing_row_is_never_written_to_the_server_log() throws Exception {
        String nik = "6204011503900777";
        Path logFile;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(temp.resolve("pg"), 0)) {
            logFile = postgres.logFile();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "")) {
                connection.createStatement().execute("create table person (nik varchar(16) unique, sex varchar(6)"
                        + " check (sex in ('MALE', 'FEMALE')))");
                try (ResultSet verbosity = connection.createStatement().executeQuery("show log_error_verbosity")) {
                    verbosity.next();
                    assertEquals("terse", verbosity.getString(1));
                }
                insertRefused(connection, nik, "MALE");
                insertRefused(connection, "6204011503900778", "OTHER");
            }
        }
        String log = Files.readString(logFile);
        assertTrue(log.contains("violates unique constraint"), "the errors are logged, in this file");
        assertTrue(log.contains("violates check constraint"), "the errors are logged, in this file");
        assertFalse(log.contains(nik), log);
        assertFalse(log.contains("6204011503900778"), log);
        assertFalse(log.contains("Failing row"), log);
        assertFalse(log.contains("DETAIL"), log);
    }

    /** Inserts the row twice (a prepared statement, as the services bind values); the second or only one fails. */
    private static void insertRefused(Connection connection, String nik, String sex) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into person values (?, ?)")) {
            insert.setString(1, nik);
            insert.setString(2, sex);
            try {
                insert.executeUpdate();
                insert.executeUpdate();
            } catch (SQLException expected) {
                return;
            }
        }
        throw new AssertionError("the insert was not refused");
    }

    @Test
    void keeps_data_across_a_stop_and_start_on_the_same_directory() throws SQLException {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
            execute(postgres, "create table kept (id int); insert into kept values (42)");
        }
        long begin = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
            LOG.infof("PostgreSQL restart on existing data took %d ms",
                    (System.nanoTime() - begin) / 1_000_000);
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
                    ResultSet result = connection.createStatement().executeQuery("select id from kept")) {
                result.next();
                assertEquals(42, result.getInt(1));
            }
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
