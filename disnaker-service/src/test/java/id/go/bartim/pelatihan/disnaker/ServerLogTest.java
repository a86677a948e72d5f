package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.TestInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL's own log repeats what a failed constraint saw: {@code DETAIL: Key (nik)=(...) already exists} and
 * {@code DETAIL: Failing row contains (...)}, a NIK among the values. The project's servers log errors tersely, so a
 * constraint failure leaves its error in the server log of the test instance, never the row.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ServerLogTest {

    private static final String INSERT = "insert into participant (id, nik, partner_code, partner_ref, full_name,"
            + " created_at, updated_at, anonymised_at) values (?, ?, 'RUTAN-TML', ?, 'Budi Santoso', ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_duplicate_nik_and_a_failing_row_leave_no_nik_and_no_detail_in_the_server_log() throws Exception {
        String nik = "6204%012d".formatted(System.nanoTime() % 1_000_000_000_000L);
        String other = "6205%012d".formatted(System.nanoTime() % 1_000_000_000_000L);
        insert(nik, null);
        assertEquals("23505", assertThrows(SQLException.class, () -> insert(nik, null)).getSQLState());
        // anonymised with its NIK still there: participant_anonymised_holds_no_identity, a check of the whole row
        assertEquals("23514", assertThrows(SQLException.class, () -> insert(other, OffsetDateTime.now()))
                .getSQLState());

        await().atMost(Duration.ofSeconds(10)).until(() -> log().stream()
                .anyMatch(line -> line.contains("participant_anonymised_holds_no_identity")));
        List<String> log = log();
        assertTrue(log.stream().anyMatch(line -> line.contains("participant_nik")), "the errors are in this log");
        for (String line : log) {
            assertTrue(!line.contains(nik) && !line.contains(other), line);
            assertTrue(!line.contains("Failing row") && !line.contains("DETAIL:"), line);
        }
    }

    private void insert(String nik, OffsetDateTime anonymisedAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            OffsetDateTime now = OffsetDateTime.now();
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, nik);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.setObject(6, anonymisedAt);
            insert.executeUpdate();
        }
    }

    private static List<String> log() throws Exception {
        // Latin-1 reads any byte: the log is the server's, whatever it wrote
        return Files.readAllLines(TestInfra.postgresLog(), StandardCharsets.ISO_8859_1);
    }
}
