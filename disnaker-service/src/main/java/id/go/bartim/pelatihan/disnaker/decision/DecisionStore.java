package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The hand-written SQL of enrollment decisions (docs/persistence.md): what requests need to know, and new decisions. */
@ApplicationScoped
public class DecisionStore {

    /**
     * Which of a batch's enrollments are decided already, and whether each program is active (no entry: no such
     * program).
     */
    public record RequestStates(Set<UUID> decided, Map<String, Boolean> programActive) {
    }

    /** Values: the enrollment ids; the program codes. D rows name a decided enrollment, P rows a program. */
    private static final String REQUEST_STATES = """
            select 'D', enrollment_id::text, null::boolean from enrollment_decision where enrollment_id = any(?::uuid[])
            union all
            select 'P', code::text, active from program where code = any(?::text[])""";

    /** New decisions, one per element of the arrays; the columns a decision leaves empty are null, version 0. */
    private static final String INSERT = """
            insert into enrollment_decision (enrollment_id, participant_id, class_id, program_code, class_start_date,
                                             class_end_date, partner_code, year, status, rejection_reason, decided_at,
                                             updated_at, version)
            select d.enrollment_id, d.participant_id, d.class_id, d.program_code, d.class_start_date, d.class_end_date,
                   d.partner_code, d.year, d.status, d.rejection_reason, d.decided_at, d.updated_at, 0
            from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::date[], ?::date[], ?::text[], ?::int[],
                        ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
                 with ordinality as d(enrollment_id, participant_id, class_id, program_code, class_start_date,
                                      class_end_date, partner_code, year, status, rejection_reason, decided_at,
                                      updated_at, n)
            order by d.n""";

    @Inject
    PlainStatements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public RequestStates requestStates(Collection<UUID> enrollmentIds, Collection<String> programCodes) {
        Set<UUID> decided = new HashSet<>();
        Map<String, Boolean> active = new HashMap<>();
        statements.query(REQUEST_STATES, row -> {
            if ("D".equals(row.getString(1))) {
                decided.add(UUID.fromString(row.getString(2)));
            } else {
                active.put(row.getString(2), row.getBoolean(3));
            }
            return null;
        }, enrollmentIds.stream().map(UUID::toString).toArray(String[]::new),
                programCodes.stream().distinct().toArray(String[]::new));
        return new RequestStates(decided, active);
    }

    /** Adds new decisions to the round that sends them with the people's rows, the slots and the events. */
    void insertAll(PlainStatements.Round round, List<EnrollmentDecision> ds) {
        if (ds.isEmpty()) {
            return;
        }
        round.add(INSERT, column(ds, d -> d.enrollmentId), column(ds, d -> d.participantId), column(ds, d -> d.classId),
                column(ds, d -> d.programCode), column(ds, d -> d.classStartDate), column(ds, d -> d.classEndDate),
                column(ds, d -> d.partnerCode), column(ds, d -> d.year), column(ds, d -> d.status.name()),
                column(ds, d -> d.rejectionReason),
                column(ds, d -> d.decidedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                column(ds, d -> d.updatedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    private static String[] column(List<EnrollmentDecision> ds, Function<EnrollmentDecision, Object> value) {
        return ds.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }
}
