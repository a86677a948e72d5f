package id.go.bartim.pelatihan.platform.retention;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * How a rule deletes the rows of one plumbing table older than its period: with one statement, and, when it removed
 * anything, one audit line (action {@code DELETE_EXPIRED}, the table, the cut-off instant).
 */
@ApplicationScoped
public class ExpiredRows {

    /** The action of the line a deletion writes. */
    public static final String ACTION = "DELETE_EXPIRED";

    @Inject
    PlainStatements statements;

    @Inject
    AuditLog audit;

    /**
     * Runs {@code deleteOlderThan} (one {@code ?}: the cut-off) in the caller's transaction and records it against
     * {@code table}; how many rows it deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int delete(String table, String deleteOlderThan, OffsetDateTime cutOff) {
        int deleted = statements.execute(deleteOlderThan, cutOff);
        if (deleted > 0) {
            audit.record(ACTION, table, cutOff);
        }
        return deleted;
    }
}
