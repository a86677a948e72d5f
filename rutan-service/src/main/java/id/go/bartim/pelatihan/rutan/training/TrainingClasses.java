package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.attendance.Excusals;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Opening classes, planning their sessions, cancelling and restoring them, checked against the program replica and
 * {@link ClassRules}.
 */
@ApplicationScoped
public class TrainingClasses {

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Excusals excusals;

    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingClass open(ClassRequest request) {
        ClassRules.refusalOfDates(request.startDate(), request.endDate()).ifPresent(refused -> {
            throw refused;
        });
        ProgramReplica program = ProgramReplica.findById(request.programCode());
        ClassRules.refusalOfProgram(request.programCode(), program).ifPresent(refused -> {
            throw refused;
        });
        TrainingClass c = new TrainingClass();
        c.id = UUID.randomUUID();
        c.programCode = program.code;
        c.name = request.name().trim();
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.capacity = request.capacity();
        c.location = request.location();
        c.instructorName = request.instructorName();
        c.createdAt = BusinessTime.now();
        c.persist();
        audit.record("CREATE", RutanAudit.CLASS, c.id);
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClassSession addSession(UUID classId, SessionRequest request) {
        TrainingClass c = find(classId);
        ClassRules.refusalOfSessionDate(c, request.date()).ifPresent(refused -> {
            throw refused;
        });
        ClassSession s = new ClassSession();
        s.id = UUID.randomUUID();
        s.classId = c.id;
        s.date = request.date();
        s.startTime = request.startTime();
        s.hours = request.hours();
        s.topic = request.topic();
        s.createdAt = BusinessTime.now();
        s.persist();
        audit.record("CREATE", RutanAudit.SESSION, s.id);
        excusals.applyToSessions(List.of(s.id));
        return s;
    }

    /**
     * Cancels a session (SPEC 10). Its row is locked for update: an attendance register holds it for share while it
     * writes, so a register and a cancellation take turns and no record lands on a cancelled session.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClassSession cancelSession(UUID classId, UUID sessionId, CancellationReason reason, String note) {
        ClassSession s = session(classId, sessionId, LockModeType.PESSIMISTIC_WRITE);
        ClassRules.refusalOfCancellation(s, reason, note).ifPresent(refused -> {
            throw refused;
        });
        s.cancel(reason, note, actor.name(), BusinessTime.now());
        audit.record("CANCEL", RutanAudit.SESSION, s.id);
        return s;
    }

    /** Restores a cancelled session; the attendance it kept counts again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClassSession restoreSession(UUID classId, UUID sessionId) {
        ClassSession s = session(classId, sessionId, LockModeType.PESSIMISTIC_WRITE);
        ClassRules.refusalOfRestore(s).ifPresent(refused -> {
            throw refused;
        });
        s.restore();
        audit.record("RESTORE", RutanAudit.SESSION, s.id);
        // An excusal made while the session was cancelled marked nothing in it: it does now
        excusals.applyToSessions(List.of(s.id));
        return s;
    }

    /** A session of the class, with {@code lock}; 404 for an unknown class, or a session unknown or of another class. */
    public ClassSession session(UUID classId, UUID sessionId, LockModeType lock) {
        find(classId);
        // A read without a lock needs no transaction, as a GET has none
        ClassSession s = lock == LockModeType.NONE
                ? ClassSession.findById(sessionId) : ClassSession.findById(sessionId, lock);
        if (s == null || !s.classId.equals(classId)) {
            throw new NotFound("Session", sessionId);
        }
        return s;
    }

    public TrainingClass find(UUID classId) {
        TrainingClass c = TrainingClass.findById(classId);
        if (c == null) {
            throw new NotFound("Class", classId);
        }
        return c;
    }
}
