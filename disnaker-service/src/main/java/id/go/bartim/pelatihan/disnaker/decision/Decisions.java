package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.decision.EnrollmentAccepted;
import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.disnaker.catalog.Program;
import id.go.bartim.pelatihan.disnaker.certificate.CertificateIssuer;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import id.go.bartim.pelatihan.disnaker.participant.Participants;
import id.go.bartim.pelatihan.disnaker.quota.QuotaLedger;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * What disnaker does with the rutan's enrollment events (SPEC 4): decide requests against the
 * catalog and the quota, release slots on withdrawal, count and certify completions. Each method
 * runs inside the consumer's transaction; the same fact arriving again finds it already done.
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
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(EnrollmentRequested r) {
        EnrollmentRequests.check(r);
        if (EnrollmentDecision.findById(r.enrollmentId()) != null) {
            Log.debugf("enrollment %s already decided", r.enrollmentId());
            return;
        }
        // The year's lock first, then the person's row: the order every decision of the year keeps
        ledger.holdYear(r.classStartDate().getYear());
        Participant person = participants.match(r.partnerCode(), r.participant());
        String rejection = programRefusal(r.programCode());
        if (rejection == null) {
            rejection = ledger.reserve(r.classStartDate().getYear(), person.id, r.programCode(), r.partnerCode())
                    .orElse(null);
        }
        EnrollmentDecision d = EnrollmentDecision.decide(r, person.id, rejection, BusinessTime.now());
        d.persist();
        if (d.isAccepted()) {
            publish(d, EventTypes.ENROLLMENT_ACCEPTED, new EnrollmentAccepted(d.enrollmentId, d.year, d.decidedAt));
        } else {
            publish(d, EventTypes.ENROLLMENT_REJECTED,
                    new EnrollmentRejected(d.enrollmentId, d.rejectionReason, d.decidedAt));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(EnrollmentWithdrawn w) {
        if (w.enrollmentId() == null || w.reason() == null || w.withdrawnOn() == null) {
            throw new PoisonMessageException("withdrawal lacks enrollmentId, reason or withdrawnOn");
        }
        EnrollmentDecision d = known(w.enrollmentId());
        if (!d.isAccepted()) {
            // Withdrawn while still pending on the rutan's side and rejected here, or told twice.
            Log.infof("withdrawal of enrollment %s in status %s: nothing to release", d.enrollmentId, d.status);
            return;
        }
        d.withdraw(w.reason(), w.withdrawnOn(), BusinessTime.now());
        ledger.releaseUnlessHeld(d.year, d.participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(TrainingCompleted c) {
        if (c.enrollmentId() == null || c.assessedOn() == null
                || !(TrainingCompleted.COMPETENT.equals(c.outcome()) || TrainingCompleted.NOT_YET_COMPETENT.equals(c.outcome()))) {
            throw new PoisonMessageException("completion lacks enrollmentId, assessedOn or a valid outcome");
        }
        EnrollmentDecision d = known(c.enrollmentId());
        if (d.status == DecisionStatus.COMPLETED || d.status == DecisionStatus.NOT_COMPETENT) {
            Log.infof("completion of enrollment %s already recorded", d.enrollmentId);
            return;
        }
        if (!d.isAccepted()) {
            throw new PoisonMessageException("completion of enrollment " + d.enrollmentId + " in status " + d.status);
        }
        d.complete(c, BusinessTime.now());
        if (d.isCompetent()) {
            ledger.train(d.year, d.participantId, d.programCode);
            certificates.issue(d.enrollmentId, d.participantId, d.programCode, d.year, LocalDate.now(WIB));
        } else {
            ledger.releaseUnlessHeld(d.year, d.participantId);
        }
    }

    private static String programRefusal(String code) {
        Program program = Program.findById(code);
        if (program == null) {
            return EnrollmentRejected.PROGRAM_UNKNOWN;
        }
        return program.active ? null : EnrollmentRejected.PROGRAM_INACTIVE;
    }

    private static EnrollmentDecision known(UUID enrollmentId) {
        EnrollmentDecision d = EnrollmentDecision.findById(enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new PoisonMessageException("unknown enrollment " + enrollmentId);
        }
        return d;
    }

    private void publish(EnrollmentDecision d, String type, Object payload) {
        outbox.append(Topics.DECISIONS, d.enrollmentId.toString(), type, payload);
    }
}
