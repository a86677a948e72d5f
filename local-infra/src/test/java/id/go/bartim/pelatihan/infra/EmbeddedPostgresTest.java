package id.go.bartim.pelatihan.infra;

import org.jboss.logging.Logger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
