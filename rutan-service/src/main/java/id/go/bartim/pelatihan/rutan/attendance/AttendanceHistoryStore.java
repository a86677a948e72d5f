package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The hand-written SQL of attendance history (SPEC 10, docs/persistence.md): a line per change of a record, added to
 * the round that writes the change, and the lines of a session or of one inmate, oldest first.
 */
@ApplicationScoped
public class AttendanceHistoryStore {

    private static final String INSERT = """
            insert into attendance_change (session_id, enrollment_id, changed_at, changed_by, from_status,
                from_reason, from_note, to_status, to_reason, to_note, correction_note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String COLUMNS = """
            select c.session_id, c.enrollment_id, c.changed_at, c.changed_by, c.from_status, c.from_reason,
                   c.from_note, c.to_status, c.to_reason, c.to_note, c.correction_note, c.excusal_id""";

    private static final String OF_SESSION = COLUMNS + " from attendance_change c where c.session_id = ? order by c.id";

    private static final String OF_INMATE = COLUMNS + " from attendance_change c"
            + " join enrollment e on e.id = c.enrollment_id where e.inmate_id = ? order by c.id";

    @Inject
    PlainStatements statements;

    /** Adds the line of a hand-made change of a record ({@code from} null when there was none) to {@code round}. */
    void add(PlainStatements.Round round, UUID sessionId, AttendanceRecordView from, AttendanceEntry to,
             OffsetDateTime at, String by) {
        round.add(INSERT, sessionId, to.enrollmentId(), at, by,
                from == null ? null : from.status().name(), from == null ? null : name(from.reason()),
                from == null ? null : from.note(), to.status().name(), name(to.reason()), AttendanceRules.noteOf(to),
                to.correctionNote() == null || to.correctionNote().isBlank() ? null : to.correctionNote());
    }

    /** Every change of a session's records, oldest first; times in WIB. */
    @Transactional
    public List<AttendanceChangeView> historyOf(UUID sessionId) {
        return statements.query(OF_SESSION, AttendanceHistoryStore::change, sessionId);
    }

    /** Every change of one inmate's records, oldest first; times in WIB. */
    @Transactional
    public List<AttendanceChangeView> historyOfInmate(UUID inmateId) {
        return statements.query(OF_INMATE, AttendanceHistoryStore::change, inmateId);
    }

    private static AttendanceChangeView change(ResultSet row) throws SQLException {
        return new AttendanceChangeView(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                row.getObject(3, OffsetDateTime.class).atZoneSameInstant(WIB).toOffsetDateTime(), row.getString(4),
                state(row, 5), state(row, 8), row.getString(11), row.getObject(12, UUID.class));
    }

    private static AttendanceChangeView.State state(ResultSet row, int column) throws SQLException {
        String status = row.getString(column);
        String reason = row.getString(column + 1);
        return status == null ? null : new AttendanceChangeView.State(AttendanceStatus.valueOf(status),
                reason == null ? null : AttendanceReason.valueOf(reason), row.getString(column + 2));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
