package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import id.go.bartim.pelatihan.testing.RowLocks;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.disnaker.catalog.Programs.body;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.create;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.freshCode;
import static org.hamcrest.Matchers.endsWith;

/**
 * Two creations of one program code racing past the catalog's own check: the primary key stops the second, and
 * its client gets duplicate-program, as when the check sees it, not a generic conflict.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ProgramRaceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_loser_of_a_race_on_a_program_code_gets_duplicate_program() throws Exception {
        String code = freshCode();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    insert into program (code, name, sector, training_hours, created_at, updated_at)
                    values (?, 'Program lain', 'Konstruksi', 100, now(), now())""")) {
                insert.setString(1, code);
                insert.executeUpdate();
            }
            CompletableFuture<Response> racing = CompletableFuture.supplyAsync(() -> create(body(code)));
            RowLocks.awaitBlockedBy(other, dataSource);
            other.commit();

            racing.get(30, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/duplicate-program"));
        }
    }
}
