package id.go.bartim.pelatihan.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;

/**
 * One SQL statement run at once on the current transaction's connection, without an entity: for the rows a write
 * appends and never reads back in the same transaction (its audit line, its outbox events). It commits and rolls
 * back with the write. Hibernate's IDENTITY entities were inserted at once too, but with their key read back and
 * the entity managed until the commit: a quarter of a POST's worker CPU (see README, Performance).
 */
@ApplicationScoped
public class PlainStatements {

    @Inject
    EntityManager em;

    /** Runs {@code sql} with {@code values} bound in order; a failure arrives as Hibernate's JDBCException. */
    public void execute(String sql, Object... values) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
            }
        });
    }
}
