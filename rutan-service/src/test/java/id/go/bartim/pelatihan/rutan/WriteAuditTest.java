package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A write's audit line is part of the write's transaction: it commits with it and rolls back with it. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class WriteAuditTest {

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_writes_line_commits_with_the_write_and_rolls_back_with_it() throws Exception {
        String committed = "committed-" + UUID.randomUUID();
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.record("TEST", "thing", committed));
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                audit.record("TEST", "thing", rolledBack);
                throw new IllegalStateException("the write fails after its line was inserted");
            }));
        } finally {
            request.terminate();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select actor, action, resource_type, occurred_at"
                        + " from audit_event where resource_id = ?")) {
            q.setString(1, committed);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the committed write's line");
                assertEquals(CurrentActor.SYSTEM, rs.getString(1), "no token: the system acted");
                assertEquals("TEST", rs.getString(2));
                assertEquals("thing", rs.getString(3));
                OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                assertTrue(Duration.between(at, OffsetDateTime.now()).abs().toMinutes() < 5, at.toString());
            }
            assertEquals(0, count(c, rolledBack), "the rolled back write's line is gone with it");
        }
    }

    private static int count(Connection c, String resourceId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select count(*) from audit_event where resource_id = ?")) {
            q.setString(1, resourceId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
