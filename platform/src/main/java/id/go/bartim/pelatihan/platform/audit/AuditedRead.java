package id.go.bartim.pelatihan.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * A read of one person's record by key, for the hot {@code GET}s: the row is read with one plain JDBC statement
 * (no Hibernate session, no transaction), then the read is recorded through {@link AuditLog#read}
 * ({@link ReadAudit}), which returns once the line is committed (group commit), so nothing is served before its line
 * is durable (SPEC 7). A record that does not exist is not audited. Both the service and PostgreSQL spend less per
 * read this way than with Hibernate's {@code find} in a transaction.
 *
 * <p>The line is not inserted by the select itself ({@code with r as (select ...), a as (insert ...) select * from
 * r}): that is one statement committed per read, so PostgreSQL would pay a commit and WAL flush per read instead of
 * one per group.
 */
@ApplicationScoped
public class AuditedRead {

    /** Maps the row the select found. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog audit;

    /**
     * Runs {@code select} (one {@code ?}, bound to {@code key}; it must find at most one row, by a unique key), maps
     * the row and records its read by the caller as {@code resourceType}/{@code key}. Empty when there is no such
     * record (and then no line). Serves nothing when the row cannot be read ({@link PersistenceException}: a 503
     * problem when the database is out of reach, else 500) or its line cannot be written (a 503 problem).
     */
    public <T> Optional<T> one(String resourceType, String select, Object key, Row<T> row) {
        T found;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setObject(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                found = row.read(rs);
            }
        } catch (SQLException e) {
            // As a failed Hibernate read would (ProblemMappers.persistence): never quoting the SQL message.
            throw new PersistenceException("reading a " + resourceType + " failed", e);
        }
        audit.read(resourceType, key);
        return Optional.of(found);
    }
}
