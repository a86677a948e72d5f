package id.go.bartim.pelatihan.platform.audit;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records reads of a single person's record and every write. A write's line joins the caller's transaction, so a
 * write and its audit line commit (or roll back) together; a read's line is committed before the read returns,
 * together with the lines of concurrent reads ({@link ReadAudit}).
 */
@ApplicationScoped
public class AuditLog {

    /** The 503 of an audited read, for its OpenAPI documentation. */
    public static final String READ_UNAVAILABLE = "audit-unavailable: the read could not be recorded in the audit "
            + "log, so nothing is served; database-unavailable: the database cannot be reached (Retry-After). "
            + "Try again later";

    /** The action of a read's line. */
    public static final String READ = "READ";

    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, resource_type,"
            + " resource_id, event_id, changed_fields) values (?, ?, ?, ?, ?, ?, ?)";

    /** The lines of one write done to many resources at once, in the order given. */
    private static final String INSERT_ALL = """
            insert into audit_event (occurred_at, actor, action, resource_type, resource_id, event_id)
            select ?::timestamptz, ?, ?, ?, r.id, ?::uuid
            from unnest(?::text[]) with ordinality as r(id, n) order by r.n""";

    /** Lines each with its own time, actor and event, in the order given (the decisions of a consumer's batch). */
    private static final String INSERT_LINES = """
            insert into audit_event (occurred_at, actor, action, resource_type, resource_id, event_id, changed_fields)
            select l.occurred_at::timestamptz, l.actor, l.action, l.resource_type, l.resource_id, l.event_id::uuid,
                   l.changed_fields
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 with ordinality as l(occurred_at, actor, action, resource_type, resource_id, event_id, changed_fields, n)
            order by l.n""";

    /** A write's line, taken down when the write was decided and inserted later with others ({@link #recordLines}). */
    public record Line(OffsetDateTime occurredAt, String actor, String action, String resourceType, String resourceId,
                       UUID eventId, String changedFields) {
    }

    @Inject
    CurrentActor actor;

    @Inject
    PlainStatements statements;

    @Inject
    ReadAudit reads;

    /** The line of a write, inserted with one plain statement that commits or rolls back with the write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId) {
        statements.execute(INSERT, values(action, resourceType, resourceId, List.of()));
    }

    /**
     * The line of a correction: which fields changed (their names only; the old values are not kept, SPEC 9). Commits
     * or rolls back with the write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId, List<String> changedFields) {
        statements.execute(INSERT, values(action, resourceType, resourceId, changedFields));
    }

    /**
     * The line of a write, added to the round that sends the write's own statements (one round trip for both); it
     * commits or rolls back with the write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PlainStatements.Round round, String action, String resourceType, Object resourceId) {
        round.add(INSERT, values(action, resourceType, resourceId, List.of()));
    }

    /**
     * The lines of one action on many resources (a batch's enrollments), added to the write's round as one insert;
     * each line is the one {@link #record(PlainStatements.Round, String, String, Object)} would write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(PlainStatements.Round round, String action, String resourceType, List<?> resourceIds) {
        Object[] line = values(action, resourceType, null, List.of());
        String[] ids = resourceIds.stream().map(Object::toString).toArray(String[]::new);
        round.add(INSERT_ALL, line[0], line[1], line[2], line[3], line[5], ids);
    }

    /**
     * The line {@link #record(String, String, Object, List)} would write now, by whoever acts now, to be inserted
     * later with others by {@link #recordLines}: the writes of a batch decided together each keep their own event.
     */
    public Line line(String action, String resourceType, Object resourceId, List<String> changedFields) {
        Object[] v = values(action, resourceType, resourceId, changedFields);
        return new Line((OffsetDateTime) v[0], (String) v[1], action, resourceType, (String) v[4], (UUID) v[5],
                (String) v[6]);
    }

    /** Lines taken down by {@link #line}, added to the write's round as one insert, in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordLines(PlainStatements.Round round, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int n = lines.size();
        String[][] columns = new String[7][n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            columns[0][i] = l.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            columns[1][i] = l.actor();
            columns[2][i] = l.action();
            columns[3][i] = l.resourceType();
            columns[4][i] = l.resourceId();
            columns[5][i] = l.eventId() == null ? null : l.eventId().toString();
            columns[6][i] = l.changedFields();
        }
        round.add(INSERT_LINES, (Object[]) columns);
    }

    /** A correction's line (see {@link #record(String, String, Object, List)}), added to the write's round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PlainStatements.Round round, String action, String resourceType, Object resourceId,
                       List<String> changedFields) {
        round.add(INSERT, values(action, resourceType, resourceId, changedFields));
    }

    /**
     * The values of {@link #INSERT} for a write's line, now, by whoever acts: the token's subject, or the event or job
     * {@link CurrentActor#actingAs} names (with the event's {@code ce_id}).
     */
    private Object[] values(String action, String resourceType, Object resourceId, List<String> changedFields) {
        Optional<CurrentActor.Acting> acting = CurrentActor.acting();
        String who = who(acting);
        UUID event = acting.map(CurrentActor.Acting::eventId).orElse(null);
        String id = resourceId == null ? null : resourceId.toString();
        String changed = changedFields.isEmpty() ? null : String.join(",", changedFields);
        Log.debugf("audit %s %s %s by %s", action, resourceType, id, who);
        return new Object[] {BusinessTime.now(), who, action, resourceType, id, event, changed};
    }

    /** The named actor, else the token's subject, else (no request, no job, no event) {@link CurrentActor#SYSTEM}. */
    private String who(Optional<CurrentActor.Acting> acting) {
        return acting.map(CurrentActor.Acting::name).orElseGet(() ->
                Arc.container().requestContext().isActive() ? actor.name() : CurrentActor.SYSTEM);
    }

    /**
     * For reads: returns once the line is durable, whether or not the caller is in a transaction (the line does not
     * depend on it: the read happened). Throws a 503 problem when the line cannot be written, so the caller serves
     * nothing.
     */
    public void read(String resourceType, Object resourceId) {
        read(READ, resourceType, resourceId);
    }

    /**
     * A read of a kind its own action names (DOWNLOAD: a document made from the record, which carries more than the
     * record's JSON), recorded as {@link #read(String, Object)} records a READ.
     */
    public void read(String action, String resourceType, Object resourceId) {
        String id = resourceId == null ? null : resourceId.toString();
        String who = who(CurrentActor.acting());
        reads.record(BusinessTime.now(), who, action, resourceType, id);
        Log.debugf("audit %s %s %s by %s", action, resourceType, id, who);
    }
}
