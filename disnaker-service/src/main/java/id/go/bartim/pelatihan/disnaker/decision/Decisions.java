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
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    /** The day a certificate is issued on (WIB, the platform's clock). */
    @Inject
    Clock clock;

    /**
     * A request to decide, the event it came with (whom its audit lines name) and that event's trace: requests of
     * many traces are decided together, and each decision's event carries on the trace of its own request.
     */
    public record Requested(EnrollmentRequested request, CurrentActor.Acting by, Context trace) {

        /** A request of the trace current where it is made (the consumer makes its event's span current). */
        public Requested(EnrollmentRequested request, CurrentActor.Acting by) {
            this(request, by, Context.current());
        }
    }

    /**
     * Decides a batch's requests in order, set-based: after the years' locks (ascending, taken once per transaction),
     * one query for what is known of the enrollments and their programs, one that finds and locks the people, one for
     * the quota's facts; the rules are applied in memory, request by request, over facts each decision keeps up to
     * date ({@link Participants.Matching}, {@link QuotaLedger#decideAll}); then the people's rows, the slots, the
     * decisions, their events and audit lines are sent together, one statement per table. An enrollment decided
     * already (before, or earlier in the batch) is skipped. A request that cannot be decided is rejected
     * INVALID_REQUEST without a person: its participant data broke a rule, or its NIK belongs to another participant
     * than the one its partner's reference names (a conflict, recorded for an officer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestedAll(List<Requested> batch) {
        batch.forEach(q -> RequestedEvents.requireRecordable(q.request()));
        // The years' locks first, then the people's rows: the order every decision of a year keeps
        batch.stream().filter(q -> RequestedEvents.problemOf(q.request()).isEmpty())
                .map(q -> QuotaRules.yearOf(q.request())).distinct().sorted().forEach(ledger::holdYear);
        DecisionStore.RequestStates states = store.requestStates(
                batch.stream().map(q -> q.request().enrollmentId()).toList(),
                batch.stream().map(q -> q.request().programCode()).toList());
        Set<UUID> decided = new HashSet<>(states.decided());
        List<Requested> fresh = new ArrayList<>();
        for (Requested q : batch) {
            if (decided.add(q.request().enrollmentId())) {
                fresh.add(q);
            } else {
                Log.debugf("enrollment %s already decided", q.request().enrollmentId());
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        Participants.Matching people = participants.matching(fresh.stream()
                .filter(q -> RequestedEvents.problemOf(q.request()).isEmpty())
                .map(q -> new Participants.Key(q.request().partnerCode(), q.request().participant().partnerRef(),
                        q.request().participant().nik()))
                .toList());
        UUID[] persons = new UUID[fresh.size()];
        QuotaRules.Verdict[] verdicts = new QuotaRules.Verdict[fresh.size()];
        List<Integer> asking = new ArrayList<>();
        List<QuotaLedger.Ask> asks = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            int at = i;
            EnrollmentRequested r = fresh.get(i).request();
            actingAs(fresh.get(i), () -> {
                Optional<String> problem = RequestedEvents.problemOf(r);
                if (problem.isPresent()) {
                    Log.warnf("enrollment %s cannot be decided (%s): rejected INVALID_REQUEST", r.enrollmentId(),
                            problem.get());
                    verdicts[at] = QuotaRules.invalidRequest();
                    return;
                }
                Optional<UUID> matched = people.match(r.enrollmentId(), r.partnerCode(), r.participant());
                if (matched.isEmpty()) {
                    Log.warnf("enrollment %s cannot be decided (its NIK belongs to another participant): rejected "
                            + "INVALID_REQUEST, listed as a conflict", r.enrollmentId());
                    verdicts[at] = QuotaRules.invalidRequest();
                    return;
                }
                persons[at] = matched.get();
                asking.add(at);
                asks.add(new QuotaLedger.Ask(QuotaRules.yearOf(r), persons[at], r.programCode(), r.partnerCode(),
                        states.programActive().get(r.programCode())));
            });
        }
        PlainStatements.Round round = statements.round();
        people.write(round);
        List<QuotaRules.Verdict> quota = ledger.decideAll(round, asks);
        for (int k = 0; k < asking.size(); k++) {
            verdicts[asking.get(k)] = quota.get(k);
        }
        record(round, fresh, persons, verdicts);
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
        if (store.requestStates(List.of(r.enrollmentId()), List.of()).decided().contains(r.enrollmentId())) {
            Log.debugf("enrollment %s already decided", r.enrollmentId());
            return;
        }
        record(statements.round(), List.of(new Requested(r, CurrentActor.acting().orElse(null))),
                new UUID[1], new QuotaRules.Verdict[] {QuotaRules.invalidRequest()});
    }

    /** The decisions, their events and their audit lines, sent with what {@code round} already holds. */
    private void record(PlainStatements.Round round, List<Requested> requests, UUID[] persons,
                        QuotaRules.Verdict[] verdicts) {
        List<EnrollmentDecision> ds = new ArrayList<>();
        List<AuditLog.Line> lines = new ArrayList<>();
        List<Outbox.Keyed> accepted = new ArrayList<>();
        List<Outbox.Keyed> rejected = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int at = i;
            actingAs(requests.get(i), () -> {
                EnrollmentDecision d = EnrollmentDecision.decide(requests.get(at).request(), persons[at],
                        verdicts[at].rejectionReason(), BusinessTime.now());
                ds.add(d);
                lines.add(audit.line("CREATE", EnrollmentDecision.AUDIT_TYPE, d.enrollmentId, List.of()));
                if (d.isAccepted()) {
                    accepted.add(new Outbox.Keyed(d.enrollmentId.toString(),
                            new EnrollmentAccepted(d.enrollmentId, d.year, d.decidedAt)));
                } else {
                    rejected.add(new Outbox.Keyed(d.enrollmentId.toString(),
                            new EnrollmentRejected(d.enrollmentId, d.rejectionReason, d.decidedAt)));
                }
            });
        }
        store.insertAll(round, ds);
        if (!accepted.isEmpty()) {
            outbox.appendAll(round, Topics.DECISIONS, EventTypes.ENROLLMENT_ACCEPTED, accepted);
        }
        if (!rejected.isEmpty()) {
            outbox.appendAll(round, Topics.DECISIONS, EventTypes.ENROLLMENT_REJECTED, rejected);
        }
        audit.recordLines(round, lines);
        round.send();
    }

    /**
     * Runs {@code work} as the event that asked for the request and in its trace, so what it records names that
     * event and the decision's event continues that request's trace.
     */
    private static void actingAs(Requested q, Runnable work) {
        try (Scope traced = q.trace().makeCurrent()) {
            if (q.by() == null) {
                work.run();
            } else {
                CurrentActor.actingAs(q.by(), work);
            }
        }
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
            certificates.issue(d.enrollmentId, d.participantId, d.programCode, d.year, LocalDate.now(clock));
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
