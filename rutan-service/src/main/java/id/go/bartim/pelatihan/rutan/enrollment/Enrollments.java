package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceLedger;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;
import id.go.bartim.pelatihan.rutan.inmate.InmateService;
import id.go.bartim.pelatihan.rutan.inmate.InmateReleased;
import id.go.bartim.pelatihan.rutan.training.TrainingClassStore;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * Enrollment requests, withdrawals and completions: each changes the enrollment, the class's
 * seat count, the outbox and the audit trail in the caller's transaction, or nothing at all.
 */
@ApplicationScoped
public class Enrollments {

    @Inject
    EnrollmentStore store;

    @Inject
    TrainingClassStore classes;

    @Inject
    TrainingClasses trainingClasses;

    @Inject
    InmateService inmates;

    @Inject
    EnrollmentEvents events;

    @Inject
    AttendanceLedger attendance;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    @Inject
    WaitingList waitingList;

    /** A new enrollment with its attendance, for the answer to the request. */
    public record Requested(Enrollment enrollment, AttendanceSummary attendance) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requested enroll(UUID classId, UUID inmateId) {
        OffsetDateTime now = BusinessTime.now();
        RequestFacts facts = requestFacts(classId, inmateId, now.toLocalDate());
        EnrollmentRules.refusalOfRequest(facts, now.toLocalDate()).ifPresent(refused -> {
            throw refused;
        });
        Enrollment e = Enrollment.request(classId, inmateId, facts.programCode(), now);
        // One round trip: the row, its event, its audit line, the seat. A request that raced this one past the rules
        // meets the backstops: the one-per-class index refuses the row (409 already-enrolled, RutanProblems) and the
        // database runs nothing after it; the seat update finds no seat free and the refusal rolls all of it back. The
        // seat comes last: its update locks the class's row until the commit, so that lock is held for the commit only.
        PlainStatements.Round round = statements.round();
        store.insert(round, e);
        events.requested(round, e, facts);
        audit.record(round, "CREATE", RutanAudit.ENROLLMENT, e.id);
        int seat = classes.takeSeat(round, classId);
        if (round.send()[seat] != 1) {
            throw EnrollmentRules.classFull(facts.capacity());
        }
        return new Requested(e, facts.newAttendance());
    }

    /**
     * The facts of a request, the inmate read-locked, in one round trip; when the class or the inmate is missing,
     * the 404 of the first missing one (the class, then the inmate).
     */
    private RequestFacts requestFacts(UUID classId, UUID inmateId, LocalDate requestedOn) {
        for (int attempt = 1; ; attempt++) {
            Optional<RequestFacts> found = store.requestFacts(classId, inmateId, requestedOn);
            if (found.isPresent()) {
                return found.get();
            }
            trainingClasses.find(classId);
            inmates.find(inmateId);
            // Both exist now: one of them was created after the select, which is read once more
            if (attempt == 2) {
                throw new IllegalStateException("class " + classId + " and inmate " + inmateId
                        + " exist but were not found together");
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Enrollment withdraw(UUID enrollmentId, WithdrawalReason reason, String note) {
        Enrollment e = find(enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        withdraw(e, reason, note, LocalDate.now(WIB));
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Enrollment complete(UUID enrollmentId, Outcome outcome, LocalDate assessedOn, String assessorName) {
        Enrollment e = find(enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assessedOn.isAfter(LocalDate.now(WIB))) {
            throw Refused.field(RutanRefusal.INVALID_FIELD, "assessedOn", "must not be in the future");
        }
        ProgramReplica program = ProgramReplica.findById(e.programCode);
        if (program == null) {
            throw new Refused(RutanRefusal.PROGRAM_NOT_AVAILABLE,
                    "Program " + e.programCode + " is not in the catalog received from disnaker");
        }
        AttendanceSummary summary = attendance.summaryOf(e.id);
        e.complete(outcome, assessedOn, assessorName.trim(), summary.rate(), program.minAttendancePercent);
        classes.releaseSeat(e.classId);
        events.completed(e, summary);
        audit.record("COMPLETE", RutanAudit.ENROLLMENT, e.id);
        return e;
    }

    /**
     * Release or transfer of an inmate withdraws every PENDING or ACCEPTED enrollment, in the same transaction. In
     * the order of their classes: each withdrawal locks its class's row, and two releases that lock the same classes
     * in the same order wait for each other instead of deadlocking.
     */
    void onInmateReleased(@Observes InmateReleased released) {
        List<Enrollment> live = Enrollment.find("inmateId = ?1 and status in ?2 order by classId, id",
                        released.inmateId(), List.of(EnrollmentStatus.PENDING, EnrollmentStatus.ACCEPTED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        WithdrawalReason reason = WithdrawalReason.valueOf(released.reason());
        for (Enrollment e : live) {
            withdraw(e, reason, null, released.releaseDate());
        }
    }

    public Enrollment find(UUID enrollmentId) {
        return find(enrollmentId, LockModeType.NONE);
    }

    private void withdraw(Enrollment e, WithdrawalReason reason, String note, LocalDate on) {
        e.withdraw(reason, note, on);
        classes.releaseSeat(e.classId);
        events.withdrawn(e);
        audit.record("WITHDRAW", RutanAudit.ENROLLMENT, e.id);
        // The seat's update locked the class's row: the promotion is the only one running for this class
        waitingList.promote(e.classId);
    }

    private Enrollment find(UUID enrollmentId, LockModeType lock) {
        Enrollment e = Enrollment.findById(enrollmentId, lock);
        if (e == null) {
            throw new NotFound("Enrollment", enrollmentId);
        }
        return e;
    }
}
