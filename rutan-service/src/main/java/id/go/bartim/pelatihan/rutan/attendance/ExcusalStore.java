package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The hand-written SQL of excusals (SPEC 10, docs/persistence.md). Applying or taking back an excusal is one
 * set-based statement that writes the records and their lines of history together: what a record was comes from the
 * statement's snapshot, what it became from the rows written. A record set by hand (its excusal link null) is never
 * overwritten nor removed.
 */
@ApplicationScoped
public class ExcusalStore {

    private static final String INSERT = """
            insert into excusal (id, enrollment_id, from_date, until_date, reason, note, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The history lines of the records a statement's {@code written} rows made, with what they were before. */
    private static final String HISTORY_OF_WRITTEN = """
            insert into attendance_change (session_id, enrollment_id, changed_at, changed_by, from_status,
                from_reason, from_note, to_status, to_reason, to_note, excusal_id)
            select w.session_id, w.enrollment_id, w.recorded_at, w.recorded_by, b.status, b.reason, b.note,
                   w.status, w.reason, w.note, w.excusal_id
            from written w left join attendance_record b
              on b.session_id = w.session_id and b.enrollment_id = w.enrollment_id""";

    /**
     * Marks one excusal's enrollment EXCUSED in the open, non-cancelled sessions of its class in its range, where it
     * has no record or one an excusal made. Values: the excusal's id, the first open session date, the time, the
     * officer. (The history's join reads attendance_record as it was before the statement.)
     */
    private static final String APPLY = """
            with written as (
                insert into attendance_record (session_id, enrollment_id, status, reason, note, recorded_at,
                    recorded_by, excusal_id)
                select s.id, x.enrollment_id, 'EXCUSED', x.reason, x.note, cast(? as timestamptz),
                       cast(? as varchar), x.id
                from excusal x
                join enrollment e on e.id = x.enrollment_id
                join class_session s on s.class_id = e.class_id
                where x.id = ? and s.cancelled_at is null and s.session_date between x.from_date and x.until_date
                  and s.session_date >= ?
                on conflict (session_id, enrollment_id) do update
                set status = excluded.status, reason = excluded.reason, note = excluded.note,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by,
                    excusal_id = excluded.excusal_id
                where attendance_record.excusal_id is not null
                returning session_id, enrollment_id, status, reason, note, recorded_at, recorded_by, excusal_id)
            """ + HISTORY_OF_WRITTEN;

    /**
     * Applies the excusals of the ACCEPTED enrollments of the sessions' classes to sessions just created or restored,
     * the newest excusal where two overlap; the ids of the excusals applied, once per record. Values: the
     * time, the officer, the session ids, the first open session date.
     */
    private static final String APPLY_TO_SESSIONS = """
            with written as (
                insert into attendance_record (session_id, enrollment_id, status, reason, note, recorded_at,
                    recorded_by, excusal_id)
                select distinct on (s.id, x.enrollment_id) s.id, x.enrollment_id, 'EXCUSED', x.reason, x.note,
                       cast(? as timestamptz), cast(? as varchar), x.id
                from class_session s
                join enrollment e on e.class_id = s.class_id and e.status = 'ACCEPTED'
                join excusal x on x.enrollment_id = e.id and s.session_date between x.from_date and x.until_date
                where s.id = any(cast(? as uuid[])) and s.cancelled_at is null and s.session_date >= ?
                order by s.id, x.enrollment_id, x.created_at desc, x.id
                on conflict (session_id, enrollment_id) do nothing
                returning session_id, enrollment_id, status, reason, note, recorded_at, recorded_by, excusal_id)
            """ + HISTORY_OF_WRITTEN + "\nreturning excusal_id";

    /**
     * Removes the records an excusal made that nobody changed since, in sessions whose register is still open (or that
     * are cancelled, where a record counts nowhere and may not be updated), each with its line of history. Values: the excusal's id, the first open session date, the time, the officer.
     */
    private static final String REMOVE_RECORDS = """
            with removed as (
                delete from attendance_record a using class_session s
                where a.excusal_id = ? and s.id = a.session_id
                  and (s.session_date >= ? or s.cancelled_at is not null)
                returning a.session_id, a.enrollment_id, a.status, a.reason, a.note, a.excusal_id)
            insert into attendance_change (session_id, enrollment_id, changed_at, changed_by, from_status,
                from_reason, from_note, excusal_id)
            select r.session_id, r.enrollment_id, cast(? as timestamptz), cast(? as varchar), r.status, r.reason,
                   r.note, r.excusal_id
            from removed r""";

    /** The records it made in closed registers stay, no longer linked to it (the foreign key sets null). */
    private static final String DELETE = "delete from excusal where id = ?";

    private static final String COLUMNS = """
            select x.id, x.enrollment_id, x.from_date, x.until_date, x.reason, x.note, x.created_by, x.created_at
            from excusal x""";

    private static final String OF_ENROLLMENT = COLUMNS + " where x.enrollment_id = ? order by x.from_date, x.id";

    private static final String ONE = COLUMNS + " where x.id = ? and x.enrollment_id = ?";

    private static final String OF_INMATE = COLUMNS + " join enrollment e on e.id = x.enrollment_id"
            + " where e.inmate_id = ? order by x.from_date, x.id";

    @Inject
    PlainStatements statements;

    /** Adds a new excusal's row and its application to the sessions it covers to {@code round}. */
    void insertAndApply(PlainStatements.Round round, ExcusalView x, LocalDate firstOpen) {
        round.add(INSERT, x.id(), x.enrollmentId(), x.from(), x.until(), x.reason().name(), x.note(), x.createdBy(),
                x.createdAt());
        round.add(APPLY, x.createdAt(), x.createdBy(), x.id(), firstOpen);
    }

    /** Adds the removal of an excusal, and of the records it made that nobody changed since, to {@code round}. */
    void remove(PlainStatements.Round round, UUID excusalId, LocalDate firstOpen, OffsetDateTime at, String by) {
        round.add(REMOVE_RECORDS, excusalId, firstOpen, at, by);
        round.add(DELETE, excusalId);
    }

    /** Applies the excusals that cover the sessions; the id of the excusal of each record made. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<UUID> applyToSessions(Collection<UUID> sessionIds, LocalDate firstOpen, OffsetDateTime at, String by) {
        return statements.query(APPLY_TO_SESSIONS, row -> row.getObject(1, UUID.class), at, by,
                AttendanceStore.uuids(sessionIds), firstOpen);
    }

    /** The excusals of an enrollment, by their first day. */
    @Transactional
    public List<ExcusalView> ofEnrollment(UUID enrollmentId) {
        return statements.query(OF_ENROLLMENT, ExcusalStore::view, enrollmentId);
    }

    /** One excusal of an enrollment; empty when there is none, or it is another enrollment's. */
    @Transactional
    Optional<ExcusalView> find(UUID enrollmentId, UUID excusalId) {
        return statements.query(ONE, ExcusalStore::view, excusalId, enrollmentId).stream().findFirst();
    }

    /** Every excusal of one inmate, across their enrollments. */
    @Transactional
    public List<ExcusalView> ofInmate(UUID inmateId) {
        return statements.query(OF_INMATE, ExcusalStore::view, inmateId);
    }

    private static ExcusalView view(ResultSet row) throws SQLException {
        return new ExcusalView(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class),
                AttendanceReason.valueOf(row.getString(5)), row.getString(6), row.getString(7),
                row.getObject(8, OffsetDateTime.class).atZoneSameInstant(WIB).toOffsetDateTime());
    }
}
