package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Opening classes and planning their sessions, checked against the program replica ({@link ClassRules}). */
@ApplicationScoped
public class TrainingClasses {

    @Inject
    AuditLog audit;

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
