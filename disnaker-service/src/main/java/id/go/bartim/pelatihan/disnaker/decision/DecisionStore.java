package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The hand-written SQL of enrollment decisions (docs/persistence.md): what a request needs to know, and a new decision. */
@ApplicationScoped
public class DecisionStore {

    /** Whether the enrollment is decided already, and whether its program is active (null: no such program). */
    public record RequestState(boolean decided, Boolean programActive) {
    }

    private static final String REQUEST_STATE = """
            select exists (select 1 from enrollment_decision where enrollment_id = ?),
                   (select active from program where code = ?)""";

    /** A new decision; the columns a decision leaves empty are null, version 0. */
    private static final String INSERT = "insert into enrollment_decision (enrollment_id, participant_id, class_id,"
            + " program_code, class_start_date, class_end_date, partner_code, year, status, rejection_reason,"
            + " decided_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    PlainStatements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public RequestState requestState(UUID enrollmentId, String programCode) {
        return statements.query(REQUEST_STATE,
                row -> new RequestState(row.getBoolean(1), row.getObject(2, Boolean.class)),
                enrollmentId, programCode).get(0);
    }

    /** Adds a new decision to the round that sends it with the person's row, the slot and the event. */
    void insert(PlainStatements.Round round, EnrollmentDecision d) {
        round.add(INSERT, d.enrollmentId, d.participantId, d.classId, d.programCode, d.classStartDate,
                d.classEndDate, d.partnerCode, d.year, d.status.name(), d.rejectionReason, d.decidedAt, d.updatedAt,
                d.version);
    }
}
