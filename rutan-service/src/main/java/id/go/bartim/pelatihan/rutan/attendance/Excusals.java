package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.enrollment.Enrollment;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Excused in advance (SPEC 10): an excusal marks its enrollment EXCUSED with its reason in every open, non-cancelled
 * session of the class in its range that has no record yet or one an excusal made (never over a record set by hand),
 * and in sessions planned later; taking it back removes the records it made that nobody changed since. Each record
 * written or removed gets its line of history with the officer as its author, and each excusal its audit lines.
 */
@ApplicationScoped
public class Excusals {

    @Inject
    ExcusalStore store;

    @Inject
    PlainStatements statements;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    AttendanceConfig config;

    @Inject
    Clock clock;

    /** Excuses an enrollment ({@link ExcusalRules}); the excusal, stored and applied in one round trip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ExcusalView excuse(UUID enrollmentId, ExcusalRequest request) {
        // Held for share: a withdrawal or completion waits until the excusal is in, or the excusal sees it
        Enrollment e = enrollment(enrollmentId, LockModeType.PESSIMISTIC_READ);
        ExcusalRules.refusalOf(request, e.status).ifPresent(refused -> {
            throw refused;
        });
        String note = request.note() == null || request.note().isBlank() ? null : request.note();
        ExcusalView x = new ExcusalView(UUID.randomUUID(), e.id, request.from(), request.until(), request.reason(),
                note, actor.name(), BusinessTime.now());
        PlainStatements.Round round = statements.round();
        store.insertAndApply(round, x, firstOpen());
        audit.record(round, "CREATE", RutanAudit.EXCUSAL, x.id());
        round.send();
        return x;
    }

    /** Takes an excusal back; 404 when the enrollment has no such excusal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeBack(UUID enrollmentId, UUID excusalId) {
        enrollment(enrollmentId, LockModeType.PESSIMISTIC_READ);
        store.find(enrollmentId, excusalId).orElseThrow(() -> new NotFound("Excusal", excusalId));
        PlainStatements.Round round = statements.round();
        store.remove(round, excusalId, firstOpen(), BusinessTime.now(), actor.name());
        audit.record(round, "DELETE", RutanAudit.EXCUSAL, excusalId);
        round.send();
    }

    /** The excusals of an enrollment; a read of one person's data, so audited (SPEC 9). */
    public List<ExcusalView> of(UUID enrollmentId) {
        enrollment(enrollmentId, LockModeType.NONE);
        List<ExcusalView> excusals = store.ofEnrollment(enrollmentId);
        audit.read(RutanAudit.ENROLLMENT_EXCUSALS, enrollmentId);
        return excusals;
    }

    /** One excusal of an enrollment, audited as a read; 404 when the enrollment has no such excusal. */
    public ExcusalView one(UUID enrollmentId, UUID excusalId) {
        ExcusalView x = store.find(enrollmentId, excusalId).orElseThrow(() -> new NotFound("Excusal", excusalId));
        audit.read(RutanAudit.EXCUSAL, excusalId);
        return x;
    }

    /**
     * Applies the excusals of the class's ACCEPTED enrollments to sessions just created (a session plan, a single
     * session) or restored after a cancellation, in the caller's transaction; each excusal applied gets an audit line.
     * A record already there (kept through the cancellation) stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyToSessions(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        List<UUID> applied = store.applyToSessions(sessionIds, firstOpen(), BusinessTime.now(), actor.name())
                .stream().distinct().toList();
        if (applied.isEmpty()) {
            return;
        }
        Log.debugf("excusals applied to %d new session(s): %d", sessionIds.size(), applied.size());
        PlainStatements.Round round = statements.round();
        applied.forEach(id -> audit.record(round, "APPLY", RutanAudit.EXCUSAL, id));
        round.send();
    }

    private LocalDate firstOpen() {
        return AttendanceEditWindow.firstOpenSessionDate(LocalDate.now(clock), config.editWindow());
    }

    private static Enrollment enrollment(UUID id, LockModeType lock) {
        Enrollment e = lock == LockModeType.NONE ? Enrollment.findById(id) : Enrollment.findById(id, lock);
        if (e == null) {
            throw new NotFound("Enrollment", id);
        }
        return e;
    }
}
