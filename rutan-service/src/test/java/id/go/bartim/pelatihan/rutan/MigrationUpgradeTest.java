package id.go.bartim.pelatihan.rutan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A database migrated before a platform migration (0.x) was added takes it on the next start: the platform's folder
 * is numbered below the service's, so Flyway must run out of order (docs/persistence.md).
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class MigrationUpgradeTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void a_platform_migration_added_later_is_applied_to_a_database_migrated_without_it() throws Exception {
        String database = "upgrade_" + System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        String upgraded = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Path firstRelease = Files.createTempDirectory("platform-0.1");
        try (InputStream v01 = getClass().getClassLoader()
                .getResourceAsStream("db/platform/V0_1__platform_tables.sql")) {
            Files.copy(v01, firstRelease.resolve("V0_1__platform_tables.sql"));
        }
        // The database as the first release left it: platform 0.1 and every migration of the service
        flyway(upgraded, false, "filesystem:" + firstRelease, "classpath:db/migration").migrate();

        assertThrows(FlywayException.class,
                () -> flyway(upgraded, false, "classpath:db/platform", "classpath:db/migration").migrate(),
                "in order, Flyway refuses a version below the database's");
        flyway(upgraded, true, "classpath:db/platform", "classpath:db/migration").migrate();

        assertEquals(0, flyway(upgraded, true, "classpath:db/platform", "classpath:db/migration").info()
                .pending().length);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database " + database);
        }
    }

    private Flyway flyway(String jdbcUrl, boolean outOfOrder, String... locations) {
        return Flyway.configure().dataSource(jdbcUrl, user, "unused").locations(locations).outOfOrder(outOfOrder)
                .load();
    }
}
