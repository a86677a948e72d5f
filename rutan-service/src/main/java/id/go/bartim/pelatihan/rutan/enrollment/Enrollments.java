package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceLedger;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;
import id.go.bartim.pelatihan.rutan.inmate.Inmate;
import id.go.bartim.pelatihan.rutan.inmate.InmateReleased;
import id.go.bartim.pelatihan.rutan.training.Seats;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * Enrollment requests, withdrawals and completions: each changes the enrollment, the class's
 * seat count, the outbox and the audit trail in the caller's transaction, or nothing at all.
 */
@ApplicationScoped
public class Enrollments {

    static final String AUDIT_TYPE = "enrollment";

    @Inject
    TrainingClasses classes;

    @Inject
    Seats seats;

    @Inject
    EnrollmentEvents events;

    @Inject
    AttendanceLedger attendance;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    /** A new enrollment with its attendance, for the answer to the request. */
    public record Requested(Enrollment enrollment, AttendanceSummary attendance) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requested enroll(UUID classId, UUID inmateId) {
        OffsetDateTime now = BusinessTime.now();
        RequestParties p = parties(classId, inmateId, now.toLocalDate());
        if (!p.inmateActive()) {
            throw ProblemException.conflict("inmate-not-active", "Inmate " + inmateId + " is " + p.status());
        }
        Enrollment e = Enrollment.request(classId, inmateId, p.programCode(), now);
        if (p.classEndedBefore(now.toLocalDate())) {
            throw refused(e, ProblemException.rule("class-ended", "Class ended", "The class ended on " + p.endDate()));
        }
        if (p.expectedReleaseDate() != null && p.expectedReleaseDate().isBefore(p.endDate())) {
            throw refused(e, ProblemException.rule("release-before-class-end", "Release before class end",
                    "The inmate's expected release date is before the class ends on " + p.endDate()));
        }
        // One round trip: the row, its event, its audit line, the seat. No select for an earlier enrollment first:
        // the one-enrollment-per-class index refuses the row (409 already-enrolled, RutanConstraints), and the
        // database then runs nothing after it, so the loser holds no seat. The seat comes last: its update locks the
        // class's row until the commit, and every enrollment into the class waits for that lock, so it is held for
        // the commit only. A full class rolls all of this back.
        PlainStatements.Round round = statements.round();
        round.add(Enrollment.INSERT, e.insertValues());
        events.requested(round, e, p);
        audit.record(round, "CREATE", AUDIT_TYPE, e.id);
        int seat = seats.take(round, classId);
        if (round.send()[seat] != 1) {
            throw ProblemException.rule("class-full", "Class full",
                    "All " + p.capacity() + " seats of the class are taken by pending or accepted enrollments");
        }
        return new Requested(e, p.newAttendance());
    }

    /**
     * The class and the inmate of a request, the inmate read-locked (RequestParties), in one round trip; when either
     * is missing, the 404 of the first missing one (the class, then the inmate).
     */
    private RequestParties parties(UUID classId, UUID inmateId, LocalDate requestedOn) {
        for (int attempt = 1; ; attempt++) {
            List<RequestParties> found = statements.query(RequestParties.SELECT,
                    row -> RequestParties.read(classId, inmateId, row), requestedOn, classId, inmateId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            classes.find(classId);
            if (Inmate.findById(inmateId) == null) {
                throw ProblemException.notFound("Inmate", inmateId);
            }
            // Both exist now: one of them was created after the select, which is read once more
            if (attempt == 2) {
                throw new IllegalStateException("class " + classId + " and inmate " + inmateId
                        + " exist but were not found together");
            }
        }
    }

    /**
     * The refusal of a request a rule forbids, unless the inmate is already enrolled in the class: that refusal comes
     * first (409 already-enrolled, in the order SPEC lists them). The one-enrollment-per-class index is asked, as on
     * the way in, by inserting the row: a duplicate fails here, anything else is undone with the refusal.
     */
    private ProblemException refused(Enrollment e, ProblemException rule) {
        PlainStatements.Round probe = statements.round();
        probe.add(Enrollment.INSERT, e.insertValues());
        probe.send();
        return rule;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Enrollment withdraw(UUID enrollmentId, WithdrawalReason reason, String note) {
        Enrollment e = findForUpdate(enrollmentId);
        withdraw(e, reason, note, LocalDate.now(WIB));
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Enrollment complete(UUID enrollmentId, Outcome outcome, LocalDate assessedOn, String assessorName) {
        Enrollment e = findForUpdate(enrollmentId);
        if (assessedOn.isAfter(LocalDate.now(WIB))) {
            throw ProblemException.invalidField("assessedOn", "must not be in the future");
        }
        ProgramReplica program = ProgramReplica.findById(e.programCode);
        if (program == null) {
            throw ProblemException.rule("program-not-available", "Program not available",
                    "Program " + e.programCode + " is not in the catalog received from disnaker");
        }
        AttendanceSummary summary = attendance.summaryOf(e.id);
        e.complete(outcome, assessedOn, assessorName.trim(), summary.rate(), program.minAttendancePercent);
        seats.release(e.classId);
        events.completed(e, summary);
        audit.record("COMPLETE", AUDIT_TYPE, e.id);
        return e;
    }

    /** Release or transfer of an inmate withdraws every PENDING or ACCEPTED enrollment, in the same transaction. */
    void onInmateReleased(@Observes InmateReleased released) {
        List<Enrollment> live = Enrollment.find("inmateId = ?1 and status in ?2 order by requestedAt",
                        released.inmateId(), List.of(EnrollmentStatus.PENDING, EnrollmentStatus.ACCEPTED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        WithdrawalReason reason = WithdrawalReason.valueOf(released.reason());
        for (Enrollment e : live) {
            withdraw(e, reason, null, released.releaseDate());
        }
    }

    public Enrollment find(UUID enrollmentId) {
        Enrollment e = Enrollment.findById(enrollmentId);
        if (e == null) {
            throw ProblemException.notFound("Enrollment", enrollmentId);
        }
        return e;
    }

    private void withdraw(Enrollment e, WithdrawalReason reason, String note, LocalDate on) {
        e.withdraw(reason, note, on);
        seats.release(e.classId);
        events.withdrawn(e);
        audit.record("WITHDRAW", AUDIT_TYPE, e.id);
    }

    private Enrollment findForUpdate(UUID enrollmentId) {
        Enrollment e = Enrollment.findById(enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound("Enrollment", enrollmentId);
        }
        return e;
    }
}
