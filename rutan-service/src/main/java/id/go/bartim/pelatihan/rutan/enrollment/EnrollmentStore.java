package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hand-written SQL of enrollments (docs/persistence.md): the two paths that run for every enrollment, a request
 * and a decision, each in one round trip. Everything else goes through the {@link Enrollment} entity.
 */
@ApplicationScoped
public class EnrollmentStore {

    /**
     * The facts of requests into one class, of one inmate or a batch (SPEC 10): one row per existing inmate of
     * {@code ?} (an array), with the class; none when the class is missing. The inmates' rows are read-locked (for
     * share) until the commit, in id order, before the class: a release of an inmate (InmateService.release locks the
     * row first) waits for the enrollment and then withdraws it, or the enrollment waits for the release and finds
     * the inmate gone; two batches never lock in opposite orders. With them the hours of the class's sessions from the
     * day of the request on, live and cancelled apart, and the program's minimum attendance: a new enrollment's
     * attendance as AttendanceSummary decides it, so the answer needs no other query.
     */
    private static final String REQUEST_FACTS = """
            select c.program_code, c.start_date, c.end_date, c.capacity, c.seats_taken,
                   h.live, h.cancelled,
                   (select p.min_attendance_percent from program_replica p where p.code = c.program_code),
                   i.full_name, i.nik, i.birth_date, i.sex, i.education_level, i.status, i.expected_release_date,
                   exists (select 1 from enrollment e where e.class_id = c.id and e.inmate_id = i.id and e.status = any(?)),
                   i.id
            from training_class c
            cross join lateral (select coalesce(sum(s.hours) filter (where s.cancelled_at is null), 0) as live,
                                       coalesce(sum(s.hours) filter (where s.cancelled_at is not null), 0) as cancelled
                                from class_session s where s.class_id = c.id and s.session_date >= ?) h
            join inmate i on i.id = any(?::uuid[])
            where c.id = ?
            order by i.id
            for share of i""";

    /** A new request's row; the columns a request leaves empty are null, version 0. */
    private static final String INSERT = "insert into enrollment (id, class_id, inmate_id, program_code, status,"
            + " requested_at, requested_on, version) values (?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The rows of a batch's accepted requests (SPEC 10) in one statement: they share the class, program, status and
     * request time, so only the ids differ from row to row.
     */
    private static final String INSERT_ALL = """
            insert into enrollment (id, class_id, inmate_id, program_code, status, requested_at, requested_on, version)
            select e.id, ?::uuid, e.inmate_id, ?, ?, ?::timestamptz, ?::date, 0
            from unnest(?::uuid[], ?::uuid[]) as e(id, inmate_id)""";

    /**
     * Disnaker's decision on an enrollment, if it is still in a status the decision may follow; its class and request
     * time come back (for the seat a rejection gives back, and the latency).
     */
    private static final String DECIDE = """
            update enrollment set status = ?, rejection_reason = ?, decided_at = ?, version = version + 1
            where id = ? and status = any(?)
            returning class_id, requested_at""";

    /**
     * How long the oldest request still waiting for disnaker's decision has waited, in seconds (0 when none waits):
     * {@code enrollments_pending_oldest_age_seconds}. The partial index of V9 finds it.
     */
    private static final String OLDEST_PENDING_AGE = """
            select coalesce(extract(epoch from now() - min(requested_at)), 0)
            from enrollment where status = 'PENDING'""";

    /** A row of {@link #DECIDE}. */
    public record Decided(UUID classId, OffsetDateTime requestedAt) {
    }

    /** {@link EnrollmentStatus#PLACE_IN_CLASS} as {@link #REQUEST_FACTS} binds it. */
    private static final String[] PLACE_IN_CLASS =
            EnrollmentStatus.PLACE_IN_CLASS.stream().map(Enum::name).toArray(String[]::new);

    @Inject
    PlainStatements statements;

    /** The facts of a request to enroll the inmate in the class on {@code requestedOn}; empty if either is missing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RequestFacts> requestFacts(UUID classId, UUID inmateId, LocalDate requestedOn) {
        return Optional.ofNullable(batchFacts(classId, List.of(inmateId), requestedOn).get(inmateId));
    }

    private static RequestFacts requestFacts(UUID classId, UUID inmateId, ResultSet row) throws SQLException {
        return new RequestFacts(classId, row.getString(1), row.getObject(2, LocalDate.class),
                row.getObject(3, LocalDate.class), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7),
                row.getObject(8, Integer.class), inmateId, row.getString(9), row.getString(10),
                row.getObject(11, LocalDate.class), row.getString(12), row.getString(13),
                InmateStatus.valueOf(row.getString(14)), row.getObject(15, LocalDate.class), row.getBoolean(16));
    }

    /** The facts of a batch of requests, by inmate id; inmates that do not exist are missing from the map. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, RequestFacts> batchFacts(UUID classId, List<UUID> inmateIds, LocalDate requestedOn) {
        String[] ids = inmateIds.stream().distinct().map(UUID::toString).toArray(String[]::new);
        Map<UUID, RequestFacts> facts = new HashMap<>();
        statements.query(REQUEST_FACTS, row -> requestFacts(classId, row.getObject(17, UUID.class), row), PLACE_IN_CLASS,
                requestedOn, ids, classId).forEach(f -> facts.put(f.inmateId(), f));
        return facts;
    }

    /** Adds a new request's row to the round that sends it with its event, audit line and seat. */
    void insert(PlainStatements.Round round, Enrollment e) {
        round.add(INSERT, e.id, e.classId, e.inmateId, e.programCode, e.status.name(), e.requestedAt, e.requestedOn,
                e.version);
    }

    /**
     * Adds the rows of new requests into one class, made at one time (a batch's accepted items), to the round that
     * sends them with their events, audit lines and seats.
     */
    void insertAll(PlainStatements.Round round, List<Enrollment> batch) {
        Enrollment first = batch.get(0);
        if (batch.stream().anyMatch(e -> !e.classId.equals(first.classId) || !e.requestedAt.equals(first.requestedAt)
                || !e.programCode.equals(first.programCode) || e.status != first.status)) {
            throw new IllegalArgumentException("a batch's requests share their class, program, status and time");
        }
        round.add(INSERT_ALL, first.classId, first.programCode, first.status.name(), first.requestedAt,
                first.requestedOn, batch.stream().map(e -> e.id.toString()).toArray(String[]::new),
                batch.stream().map(e -> e.inmateId.toString()).toArray(String[]::new));
    }

    /** {@link #OLDEST_PENDING_AGE}, whole seconds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long oldestPendingAgeSeconds() {
        return statements.query(OLDEST_PENDING_AGE, row -> Math.round(row.getDouble(1))).get(0);
    }

    /**
     * Moves the enrollment to {@code status} with disnaker's decision, if SPEC 3 lets it move there from where it
     * stands ({@link EnrollmentStatus#sourcesOf}); empty when it is unknown or may not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Decided> decide(UUID id, EnrollmentStatus status, String rejectionReason, OffsetDateTime decidedAt) {
        return statements.query(DECIDE,
                row -> new Decided(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class)),
                status.name(), rejectionReason, decidedAt, id, EnrollmentStatus.sourcesOf(status)).stream().findFirst();
    }
}
