package id.go.bartim.pelatihan.platform.persistence;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one way to run hand-written SQL (docs/persistence.md): on the current transaction's connection, so it commits
 * and rolls back with the entities changed in the same transaction, and after flushing them, so both always see the
 * same rows. Only stores (and platform) hand it SQL; rows come back as the records the store defines. A {@link Round}
 * sends several statements in one round trip.
 */
@ApplicationScoped
public class PlainStatements {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * Runs {@code sql} with {@code values} bound in order; its update count. A failure arrives as Hibernate's
     * JDBCException.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int execute(String sql, Object... values) {
        Round round = new Round();
        round.add(sql, values);
        return round.send()[0];
    }

    /** The transaction's session, with what its entities changed written out first (nothing when nothing did). */
    private Session flushed() {
        Session session = em.unwrap(Session.class);
        session.flush();
        return session;
    }

    /** Makes one value of a row of a {@link #query}. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a select (or a statement with {@code returning}) with {@code values} bound in order and reads each row with
     * {@code row}. Not through Hibernate's native queries: without a result mapping they pile up entries in its query
     * interpretation cache. A failure arrives as Hibernate's JDBCException.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> query(String sql, Row<T> row, Object... values) {
        return flushed().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(row.read(result));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * Statements to send together, in the caller's transaction. The transaction cannot commit with a round that was
     * added to and never sent: it is rolled back instead, so a write is never committed without the lines that go
     * with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Round round() {
        Round round = new Round();
        transaction.registerInterposedSynchronization(round);
        return round;
    }

    /**
     * Statements sent to the database in one round trip, in the order added: pgjdbc sends the statements of one
     * prepared statement one after the other and waits once. If one fails, the database runs none after it.
     */
    public final class Round implements Synchronization {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> values = new ArrayList<>();
        private int statements;
        private boolean sent;

        private Round() {
        }

        /**
         * Adds a statement, its values bound in order; {@link #send()} gives its update count at the index returned.
         * Its parameters are the {@code ?} in it (a statement here has no other {@code ?}): one value for each, or the
         * values of the statements after it would be bound to the wrong parameters.
         */
        public int add(String statement, Object... statementValues) {
            if (sent) {
                throw new IllegalStateException("this round was sent already");
            }
            long parameters = statement.chars().filter(c -> c == '?').count();
            if (parameters != statementValues.length) {
                throw new IllegalArgumentException(parameters + " parameters but " + statementValues.length
                        + " values for: " + statement);
            }
            if (statements > 0) {
                sql.append(";\n");
            }
            sql.append(statement);
            values.addAll(Arrays.asList(statementValues));
            return statements++;
        }

        /** Sends every statement added; their update counts, in order. A failure arrives as Hibernate's JDBCException. */
        public int[] send() {
            if (sent) {
                throw new IllegalStateException("this round was sent already");
            }
            sent = true;
            String text = sql.toString();
            Object[] bound = values.toArray();
            // Kept only until sent: they can hold personal data, and the transaction can go on for a whole batch
            sql.setLength(0);
            values.clear();
            return flushed().doReturningWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(text)) {
                    for (int i = 0; i < bound.length; i++) {
                        statement.setObject(i + 1, bound[i]);
                    }
                    int[] counts = new int[statements];
                    statement.execute();
                    for (int i = 0; i < statements; i++) {
                        counts[i] = statement.getUpdateCount();
                        statement.getMoreResults();
                    }
                    return counts;
                }
            });
        }

        @Override
        public void beforeCompletion() {
            if (!sent && statements > 0) {
                Log.errorf("a round of %d statement(s) was never sent: the transaction is rolled back", statements);
                transaction.setRollbackOnly();
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to release: the statement was closed when sent
        }
    }
}
