package id.go.bartim.pelatihan.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Writes the database itself must refuse, whatever path they take around the API: a check violation (23514). */
public final class CheckViolations {

    private CheckViolations() {
    }

    /** Runs {@code sql} (one {@code ?}, bound to {@code id}) on its own connection and expects a check violation. */
    public static void assertRefused(DataSource dataSource, String sql, String id) {
        SQLException refusal = assertThrows(SQLException.class, () -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, UUID.fromString(id));
                s.executeUpdate();
            }
        }, sql);
        assertEquals("23514", refusal.getSQLState(), sql + ": " + refusal.getMessage());
    }
}
