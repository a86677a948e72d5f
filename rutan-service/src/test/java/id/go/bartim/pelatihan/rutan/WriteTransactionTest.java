package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
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

/**
 * A write's audit line and its outbox events are inserted by plain statements on the write's connection: they
 * commit with the write and roll back with it.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class WriteTransactionTest {

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlainStatements statements;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void a_writes_line_commits_with_the_write_and_rolls_back_with_it() throws Exception {
        String committed = "committed-" + UUID.randomUUID();
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String aboutNothing = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                audit.record("TEST", "thing", committed);
                audit.record(aboutNothing, "thing", null);
            });
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
            try (PreparedStatement byAction = c.prepareStatement(
                    "select count(*) from audit_event where action = ? and resource_id is null")) {
                byAction.setString(1, aboutNothing);
                try (ResultSet rs = byAction.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "a line about no particular record");
                }
            }
        }
    }

    /** A round ({@link PlainStatements.Round}): the write's own statement and its line, sent together, are one unit. */
    @Test
    void a_write_sent_with_its_line_commits_and_rolls_back_with_it_and_a_refused_write_leaves_no_line()
            throws Exception {
        String committed = "sent-together-" + UUID.randomUUID();
        String rolledBack = "sent-together-rolled-back-" + UUID.randomUUID();
        String refused = "sent-together-refused-" + UUID.randomUUID();
        // The write of the test is a row of audit_event itself (any table would do), told apart by its action
        String write = "insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (now(), ?, 'WRITE', 'thing', ?)";
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            QuarkusTransaction.requiringNew().run(() -> writeWithLine(write, "writer", committed));
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                writeWithLine(write, "writer", rolledBack);
                throw new IllegalStateException("the write fails after it was sent");
            }));
            // actor is not null: the database refuses the write, and the line sent after it is not inserted
            var failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                    () -> writeWithLine(write, null, refused)));
            assertTrue(failure instanceof org.hibernate.exception.ConstraintViolationException
                            || failure.getCause() instanceof org.hibernate.exception.ConstraintViolationException,
                    "the refusal arrives as Hibernate's constraint violation, which the problem mappers answer: "
                            + failure);
        } finally {
            request.terminate();
        }
        try (Connection c = dataSource.getConnection()) {
            assertEquals(2, count(c, committed), "the write and its line");
            assertEquals(0, count(c, rolledBack), "neither the rolled back write nor its line");
            assertEquals(0, count(c, refused), "neither the refused write nor its line");
        }
    }

    /** A round that was added to and never sent: the transaction does not commit without it. */
    @Test
    void a_round_never_sent_rolls_the_transaction_back() throws Exception {
        String written = "round-never-sent-" + UUID.randomUUID();
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                audit.record("TEST", "thing", written);
                audit.record(statements.round(), "TEST", "thing", written);
            }));
        } finally {
            request.terminate();
        }
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, count(c, written), "the line written before the forgotten round is rolled back too");
        }
    }

    /** What a round refuses before anything reaches the database: a wrong number of values, a second send, no transaction. */
    @Test
    void a_round_refuses_values_that_do_not_match_its_parameters_a_second_send_and_no_transaction() throws Exception {
        String write = "insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (now(), ?, 'WRITE', 'thing', ?)";
        String twice = "sent-twice-" + UUID.randomUUID();
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> statements.round().add(write, "writer")));
            assertTrue(mismatch.getMessage().startsWith("2 parameters but 1 values"), mismatch.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                PlainStatements.Round round = statements.round();
                round.add(write, "writer", twice);
                round.send();
                assertThrows(IllegalStateException.class, round::send, "a second send would write the rows again");
                assertThrows(IllegalStateException.class, () -> round.add(write, "writer", twice));
            });
            assertThrows(jakarta.transaction.TransactionalException.class, () -> statements.round(),
                    "a round outside a transaction would commit statement by statement");
            assertThrows(jakarta.transaction.TransactionalException.class,
                    () -> statements.execute(write, "writer", twice));
        } finally {
            request.terminate();
        }
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, count(c, twice), "sent once");
        }
    }

    private void writeWithLine(String write, String actor, String resourceId) {
        PlainStatements.Round round = statements.round();
        round.add(write, actor, resourceId);
        audit.record(round, "TEST", "thing", resourceId);
        int[] counts = round.send();
        assertEquals(2, counts.length);
        assertEquals(1, counts[0]);
        assertEquals(1, counts[1]);
    }

    /**
     * Plain statements take the transaction's connection from the pool, Hibernate takes it too: both must be the same
     * database transaction, or a write made through an entity and one made through a plain statement would commit
     * apart (or wait on each other's locks).
     */
    @Test
    void plain_statements_and_hibernate_share_the_transactions_connection() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object hibernate = em.createNativeQuery("select txid_current()::text || '/' || pg_backend_pid()")
                    .getSingleResult();
            String plain = statements.query("select txid_current()::text || '/' || pg_backend_pid()",
                    row -> row.getString(1)).get(0);
            assertEquals(hibernate.toString(), plain);
        });
        // and in the other order, the plain statement first
        QuarkusTransaction.requiringNew().run(() -> {
            String plain = statements.query("select txid_current()::text || '/' || pg_backend_pid()",
                    row -> row.getString(1)).get(0);
            Object hibernate = em.createNativeQuery("select txid_current()::text || '/' || pg_backend_pid()")
                    .getSingleResult();
            assertEquals(plain, hibernate.toString());
        });
    }

    @Test
    void an_event_appended_by_a_write_that_rolls_back_never_reaches_the_outbox() throws Exception {
        String key = "rolled-back-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append("rutan.enrollments.v1", key, "test.rolled-back", java.util.Map.of("key", key));
            throw new IllegalStateException("the write fails after its event was appended");
        }));
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from outbox_message where message_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
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
