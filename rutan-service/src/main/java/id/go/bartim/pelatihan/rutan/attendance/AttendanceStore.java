package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.rutan.training.TrainingClassStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The hand-written SQL of attendance (docs/persistence.md): the upsert of a session's register, which enrollments of a
 * class may be marked, the hours of any number of enrollments in one select, the report's trainees, and the records
 * of a class's last held sessions (the at-risk list). Reads join the caller's transaction, or run in one of their own
 * when the caller has none (a GET).
 */
@ApplicationScoped
public class AttendanceStore {

    /**
     * A record per session and enrollment: a second entry for the same pair replaces the first. A record changed by
     * hand is no longer the excusal's that made it (taking the excusal back leaves it).
     */
    private static final String UPSERT = """
            insert into attendance_record (session_id, enrollment_id, status, reason, note, recorded_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (session_id, enrollment_id) do update
            set status = excluded.status, reason = excluded.reason, note = excluded.note,
                recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, excusal_id = null""";

    /** The columns {@link #record} reads, after the session id. */
    private static final String RECORD_COLUMNS = "a.enrollment_id, a.status, a.reason, a.note, a.recorded_at,"
            + " a.recorded_by, a.excusal_id";

    private static final String RECORDS_OF_SESSION = "select a.session_id, " + RECORD_COLUMNS
            + " from attendance_record a where a.session_id = ? order by a.enrollment_id";

    /**
     * The records of some enrollments in a session, locked until the commit: a register that changes them writes
     * their history from what they were, and a second register on the same records waits for the first.
     */
    private static final String RECORDS_FOR_UPDATE = "select a.session_id, " + RECORD_COLUMNS
            + " from attendance_record a where a.session_id = ? and a.enrollment_id = any(cast(? as uuid[]))"
            + " for update";

    /** Every record of one inmate, in the order of their sessions. */
    private static final String RECORDS_OF_INMATE = "select a.session_id, " + RECORD_COLUMNS
            + " from attendance_record a join enrollment e on e.id = a.enrollment_id"
            + " join class_session s on s.id = a.session_id"
            + " where e.inmate_id = ? order by s.session_date, s.start_time, a.session_id";

    /** Of the given enrollments, those ACCEPTED in the class; one statement text whatever their number. */
    private static final String ACCEPTED_IN_CLASS =
            "select id from enrollment where id = any(cast(? as uuid[])) and class_id = ? and status = 'ACCEPTED'";

    /**
     * Per enrollment, the minimum attendance of its program, and the hours of its class's sessions grouped by the facts
     * {@link AttendanceSummary#of} decides on: cancelled, dated from the request day, dated today or later (the first
     * parameter), and the enrollment's record in them. A handful of rows per enrollment, one statement text whatever
     * their number; an enrollment without sessions has one row of 0 hours.
     */
    private static final String HOURS = """
            select e.id, p.min_attendance_percent,
                   coalesce(s.cancelled_at is not null, false),
                   coalesce(s.session_date >= e.requested_on, false),
                   coalesce(s.session_date >= ?, false),
                   a.status,
                   coalesce(sum(s.hours), 0)
            from enrollment e
            left join program_replica p on p.code = e.program_code
            left join class_session s on s.class_id = e.class_id
            left join attendance_record a on a.session_id = s.id and a.enrollment_id = e.id
            where e.id = any(cast(? as uuid[]))
            group by 1, 2, 3, 4, 5, 6""";

    /**
     * The class's last held sessions (not cancelled, {@link TrainingClassStore#HELD}), newest first, and every record
     * in them.
     */
    private static final String RECORDS_OF_LAST_HELD = """
            with held as (
                select s.id, s.session_date, s.start_time from class_session s
                where s.class_id = ? and s.cancelled_at is null and %s
                order by s.session_date desc, s.start_time desc, s.id desc
                limit ?)
            select h.id, a.enrollment_id, a.status
            from held h join attendance_record a on a.session_id = h.id
            order by h.session_date desc, h.start_time desc, h.id desc""".formatted(TrainingClassStore.HELD);

    private static final String TRAINEES = """
            select e.id, i.id, i.full_name, i.registration_number, e.status
            from enrollment e join inmate i on i.id = e.inmate_id
            where e.class_id = ? order by i.full_name, e.id""";

    /** Some hours of one enrollment's sessions, with its program's minimum attendance (null if not replicated). */
    public record Hours(UUID enrollmentId, Integer minAttendancePercent, SessionHours hours) {
    }

    /** A record in one of a class's last held sessions. */
    public record HeldRecord(UUID sessionId, UUID enrollmentId, AttendanceStatus status) {
    }

    /** An enrollment of a class and who it is, a line of the attendance report. */
    public record Trainee(UUID enrollmentId, UUID inmateId, String fullName, String registrationNumber,
                          String status) {
    }

    @Inject
    PlainStatements statements;

    /** Adds the upsert of one entry of a session's register to the round that sends the register with its audit line. */
    void upsert(PlainStatements.Round round, UUID sessionId, AttendanceEntry entry, OffsetDateTime recordedAt,
                String recordedBy) {
        round.add(UPSERT, sessionId, entry.enrollmentId(), entry.status().name(),
                entry.reason() == null ? null : entry.reason().name(), AttendanceRules.noteOf(entry), recordedAt,
                recordedBy);
    }

    /** The records of a session, by enrollment id; their times in WIB. */
    @Transactional
    public List<AttendanceRecordView> recordsOf(UUID sessionId) {
        return statements.query(RECORDS_OF_SESSION, AttendanceStore::record, sessionId);
    }

    /** The records of {@code enrollmentIds} in a session, by enrollment, locked for update until the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, AttendanceRecordView> recordsForUpdate(UUID sessionId, Collection<UUID> enrollmentIds) {
        Map<UUID, AttendanceRecordView> records = new HashMap<>();
        statements.query(RECORDS_FOR_UPDATE, AttendanceStore::record, sessionId, uuids(enrollmentIds))
                .forEach(r -> records.put(r.enrollmentId(), r));
        return records;
    }

    /** Every record of one inmate, across their classes, in the order of the sessions; times in WIB. */
    @Transactional
    public List<AttendanceRecordView> recordsOfInmate(UUID inmateId) {
        return statements.query(RECORDS_OF_INMATE, AttendanceStore::record, inmateId);
    }

    private static AttendanceRecordView record(ResultSet row) throws SQLException {
        String reason = row.getString(4);
        return new AttendanceRecordView(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                AttendanceStatus.valueOf(row.getString(3)), reason == null ? null : AttendanceReason.valueOf(reason),
                row.getString(5), row.getObject(6, OffsetDateTime.class).atZoneSameInstant(WIB).toOffsetDateTime(),
                row.getString(7), row.getObject(8, UUID.class));
    }

    /** Which of {@code enrollmentIds} are ACCEPTED enrollments of the class. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> acceptedIn(UUID classId, Collection<UUID> enrollmentIds) {
        return new HashSet<>(statements.query(ACCEPTED_IN_CLASS, row -> row.getObject(1, UUID.class),
                uuids(enrollmentIds), classId));
    }

    /** The hours of each of the enrollments, {@code today} being the business day; an unknown id has no row. */
    @Transactional
    public List<Hours> hoursOf(Collection<UUID> enrollmentIds, LocalDate today) {
        return statements.query(HOURS, AttendanceStore::hours, today, uuids(enrollmentIds));
    }

    private static Hours hours(ResultSet row) throws SQLException {
        String status = row.getString(6);
        return new Hours(row.getObject(1, UUID.class), row.getObject(2, Integer.class),
                new SessionHours(row.getBoolean(3), row.getBoolean(4), row.getBoolean(5),
                        status == null ? null : AttendanceStatus.valueOf(status), row.getInt(7)));
    }

    /** Every record in the class's last {@code count} held sessions, newest session first. */
    @Transactional
    public List<HeldRecord> recordsOfLastHeld(UUID classId, int count) {
        return statements.query(RECORDS_OF_LAST_HELD, row -> new HeldRecord(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), AttendanceStatus.valueOf(row.getString(3))), classId, count);
    }

    /** The enrollments of a class with the name and registration number of each inmate, by name. */
    @Transactional
    public List<Trainee> traineesOf(UUID classId) {
        return statements.query(TRAINEES, row -> new Trainee(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5)), classId);
    }

    /** Bound as text[] and cast to uuid[] in the statement: the driver binds no UUID[] by itself. */
    static String[] uuids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
