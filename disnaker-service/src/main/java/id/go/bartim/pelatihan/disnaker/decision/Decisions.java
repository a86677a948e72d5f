package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.decision.EnrollmentAccepted;
import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.disnaker.certificate.CertificateIssuer;
import id.go.bartim.pelatihan.disnaker.participant.Participants;
import id.go.bartim.pelatihan.disnaker.quota.QuotaLedger;
import id.go.bartim.pelatihan.disnaker.quota.QuotaRules;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * What disnaker does with the rutan's enrollment events (SPEC 4): decide requests against the
 * catalog and the quota, release slots on withdrawal, count and certify completions. Each method
 * runs inside the consumer's transaction, writing its audit lines there (the actor is the event's source); the same
 * fact arriving again finds it already done.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    Participants participants;

    @Inject
    QuotaLedger ledger;

    @Inject
    CertificateIssuer certificates;

    @Inject
    Outbox outbox;

    @Inject
    DecisionStore store;

    @Inject
    PlainStatements statements;

    @Inject
    AuditLog audit;

    /**
     * Decides a request in at most four round trips, after the year's lock (taken once per transaction): what is known
     * of the enrollment and its program, the person (found and locked), the quota's facts; then the person's row, the
     * slot, the decision, its event and their audit lines are sent together. A request that cannot be decided is
     * rejected INVALID_REQUEST without a person: its participant data broke a rule, or its NIK belongs to another
     * participant than the one its partner's reference names (a conflict, recorded for an officer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(EnrollmentRequested r) {
        RequestedEvents.requireRecordable(r);
        Optional<String> problem = RequestedEvents.problemOf(r);
        if (problem.isPresent()) {
            // Neither a year (it may be one the quota cannot hold) nor a person is locked for it
            Log.warnf("enrollment %s cannot be decided (%s): rejected INVALID_REQUEST", r.enrollmentId(), problem.get());
            reject(r);
            return;
        }
        int year = QuotaRules.yearOf(r);
        // The year's lock first, then the person's row: the order every decision of the year keeps
        ledger.holdYear(year);
        DecisionStore.RequestState state = store.requestState(r.enrollmentId(), r.programCode());
        if (state.decided()) {
            Log.debugf("enrollment %s already decided", r.enrollmentId());
            return;
        }
        PlainStatements.Round round = statements.round();
        UUID person = null;
        QuotaRules.Verdict verdict;
        Optional<UUID> matched = participants.match(round, r.enrollmentId(), r.partnerCode(), r.participant());
        if (matched.isEmpty()) {
            Log.warnf("enrollment %s cannot be decided (its NIK belongs to another participant): rejected "
                    + "INVALID_REQUEST, listed as a conflict", r.enrollmentId());
            verdict = QuotaRules.invalidRequest();
        } else {
            person = matched.get();
            verdict = ledger.decide(round, year, person, r.programCode(), r.partnerCode(), state.programActive());
        }
        record(round, r, person, verdict);
    }

    /**
     * Rejects INVALID_REQUEST, without a person or a slot, a request that could be read but not decided: its data broke
     * a rule, or deciding it kept failing ({@link EnrollmentEventConsumer}'s last resort, in a transaction of its own
     * after the decision's was undone). A request that lacks what a decision is recorded under is still poison, and
     * one already decided is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(EnrollmentRequested r) {
        RequestedEvents.requireRecordable(r);
        if (store.requestState(r.enrollmentId(), r.programCode()).decided()) {
            Log.debugf("enrollment %s already decided", r.enrollmentId());
            return;
        }
        record(statements.round(), r, null, QuotaRules.invalidRequest());
    }

    /** The decision, its event and its audit line, sent with what {@code round} already holds. */
    private void record(PlainStatements.Round round, EnrollmentRequested r, UUID person, QuotaRules.Verdict verdict) {
        EnrollmentDecision d = EnrollmentDecision.decide(r, person, verdict.rejectionReason(), BusinessTime.now());
        store.insert(round, d);
        audit.record(round, "CREATE", EnrollmentDecision.AUDIT_TYPE, d.enrollmentId);
        if (d.isAccepted()) {
            outbox.append(round, Topics.DECISIONS, d.enrollmentId.toString(), EventTypes.ENROLLMENT_ACCEPTED,
                    new EnrollmentAccepted(d.enrollmentId, d.year, d.decidedAt));
        } else {
            outbox.append(round, Topics.DECISIONS, d.enrollmentId.toString(), EventTypes.ENROLLMENT_REJECTED,
                    new EnrollmentRejected(d.enrollmentId, d.rejectionReason, d.decidedAt));
        }
        round.send();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(EnrollmentWithdrawn w) {
        if (w.enrollmentId() == null || w.reason() == null || w.withdrawnOn() == null) {
            throw new PoisonMessageException("withdrawal lacks enrollmentId, reason or withdrawnOn");
        }
        EnrollmentDecision d = known(w.enrollmentId());
        if (!d.status.canBecome(DecisionStatus.WITHDRAWN)) {
            // Withdrawn while still pending on the rutan's side and rejected here, or told twice.
            Log.infof("withdrawal of enrollment %s in status %s: nothing to release", d.enrollmentId, d.status);
            return;
        }
        d.withdraw(w.reason(), w.withdrawnOn(), BusinessTime.now());
        audit.record("WITHDRAW", EnrollmentDecision.AUDIT_TYPE, d.enrollmentId);
        ledger.releaseUnlessHeld(d.year, d.participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(TrainingCompleted c) {
        if (c.enrollmentId() == null || c.assessedOn() == null
                || !(TrainingCompleted.COMPETENT.equals(c.outcome()) || TrainingCompleted.NOT_YET_COMPETENT.equals(c.outcome()))) {
            throw new PoisonMessageException("completion lacks enrollmentId, assessedOn or a valid outcome");
        }
        EnrollmentDecision d = known(c.enrollmentId());
        if (d.status.isAssessed()) {
            Log.infof("completion of enrollment %s already recorded", d.enrollmentId);
            return;
        }
        DecisionStatus next = TrainingCompleted.COMPETENT.equals(c.outcome())
                ? DecisionStatus.COMPLETED : DecisionStatus.NOT_COMPETENT;
        if (!d.status.canBecome(next)) {
            throw new PoisonMessageException("completion of enrollment " + d.enrollmentId + " in status " + d.status);
        }
        d.complete(c, BusinessTime.now());
        audit.record("COMPLETE", EnrollmentDecision.AUDIT_TYPE, d.enrollmentId);
        if (d.isCompetent()) {
            ledger.train(d.year, d.participantId, d.programCode);
            certificates.issue(d.enrollmentId, d.participantId, d.programCode, d.year, LocalDate.now(WIB));
        } else {
            ledger.releaseUnlessHeld(d.year, d.participantId);
        }
    }

    private static EnrollmentDecision known(UUID enrollmentId) {
        EnrollmentDecision d = EnrollmentDecision.findById(enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new PoisonMessageException("unknown enrollment " + enrollmentId);
        }
        return d;
    }
}
