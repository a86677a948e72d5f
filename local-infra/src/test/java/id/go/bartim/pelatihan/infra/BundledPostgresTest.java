package id.go.bartim.pelatihan.infra;

import org.jboss.logging.Logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback for machines without PostgreSQL, forced here whatever this machine has installed. */
class BundledPostgresTest {

    private static final Logger LOG = Logger.getLogger(BundledPostgresTest.class);

    @TempDir
    Path temp;

    @Test
    void unpacks_once_keeping_executables_and_symlinks() throws IOException {
        Path bin = BundledPostgres.unpack(temp.resolve("cache"));
        FileTime unpackedAt = Files.getLastModifiedTime(bin.resolve("pg_ctl"));

        assertEquals(temp.resolve("cache/postgres-" + BundledPostgres.version() + "/bin"), bin);
        assertTrue(Files.isExecutable(bin.resolve("postgres")));
        assertTrue(Files.isExecutable(bin.resolve("initdb")));
        assertTrue(Files.isSymbolicLink(bin.resolveSibling("lib/libpq.so.5")));
        assertEquals(bin, BundledPostgres.unpack(temp.resolve("cache")));
        assertEquals(unpackedAt, Files.getLastModifiedTime(bin.resolve("pg_ctl")), "unpacked a second time");
    }

    @Test
    void starts_a_server_from_the_bundled_binaries() throws SQLException {
        long begin = System.nanoTime();
        PgInstallation bundled = PgInstallation.bundled(temp.resolve("cache"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(bundled, temp.resolve("pg"), 0, false)) {
            LOG.infof("Bundled PostgreSQL unpack + initdb + start took %d ms",
                    (System.nanoTime() - begin) / 1_000_000);
            postgres.createDatabase("pelatihan");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("pelatihan"), "postgres", "");
                    ResultSet result = connection.createStatement().executeQuery("show server_version")) {
                result.next();
                assertEquals(BundledPostgres.version().replaceAll("\\.0$", ""), result.getString(1));
            }
        }
    }
}
