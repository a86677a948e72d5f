package id.go.bartim.pelatihan.platform.persistence;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain SQL run on the current transaction's connection, without an entity: for the rows a write appends and never
 * reads back in the same transaction (its audit line, its outbox events, a new row the response is made from). They
 * commit and roll back with the write. Hibernate's IDENTITY entities were inserted at once too, but with their key
 * read back and the entity managed until the commit: a quarter of a POST's worker CPU (see README, Performance).
 * A {@link Round} sends several statements in one round trip.
 */
@ApplicationScoped
public class PlainStatements {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Runs {@code sql} with {@code values} bound in order; a failure arrives as Hibernate's JDBCException. */
    public void execute(String sql, Object... values) {
        Round round = round();
        round.add(sql, values);
        round.send();
    }

    /**
     * Statements to send together. The transaction cannot commit with a round that was added to and never sent:
     * it is rolled back instead, so a write is never committed without the lines that go with it.
     */
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

        /** Adds a statement, its values bound in order; {@link #send()} gives its update count at the index returned. */
        public int add(String statement, Object... statementValues) {
            if (sent) {
                throw new IllegalStateException("this round was sent already");
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
            sent = true;
            return em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, values.get(i));
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
