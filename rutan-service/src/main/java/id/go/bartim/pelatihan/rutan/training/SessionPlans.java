package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.attendance.Excusals;
import id.go.bartim.pelatihan.rutan.holiday.Holidays;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Planning the sessions of a class by the week (SPEC 10), skipping holidays and times already taken; the excusals of
 * its enrollments that cover a new session mark it at once ({@link Excusals#applyToSessions}).
 */
@ApplicationScoped
public class SessionPlans {

    @Inject
    TrainingClasses classes;

    @Inject
    Holidays holidays;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    @Inject
    Excusals excusals;

    /**
     * Creates the sessions of the plan ({@link SessionPlanRules}), all in the caller's transaction; the ones created,
     * in date order, none when every day of the plan is a holiday or taken already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClassSession> plan(UUID classId, SessionPlanRequest request) {
        TrainingClass c = classes.find(classId);
        SessionPlanRules.refusalOf(c, request.weekdays(), request.from(), request.until()).ifPresent(refused -> {
            throw refused;
        });
        Set<LocalDate> taken = ClassSession.<ClassSession>find(
                        "from ClassSession s where s.classId = ?1 and s.startTime = ?2 and s.date between ?3 and ?4",
                        c.id, request.startTime(), request.from(), request.until())
                .list().stream().map(s -> s.date).collect(Collectors.toSet());
        List<LocalDate> days = SessionPlanRules.days(EnumSet.copyOf(request.weekdays()), request.from(),
                request.until(), holidays.between(request.from(), request.until()), taken);
        Log.debugf("plan of class %s: %d sessions, %d days taken already", c.id, days.size(), taken.size());
        if (days.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = BusinessTime.now();
        List<ClassSession> created = days.stream().map(day -> session(c.id, day, request, now)).toList();
        created.forEach(s -> s.persist());
        // One round trip for the audit lines of the whole plan; the sessions' inserts are flushed before it
        PlainStatements.Round round = statements.round();
        created.forEach(s -> audit.record(round, "CREATE", RutanAudit.SESSION, s.id));
        round.send();
        excusals.applyToSessions(created.stream().map(s -> s.id).toList());
        return created;
    }

    private static ClassSession session(UUID classId, LocalDate day, SessionPlanRequest request, OffsetDateTime now) {
        ClassSession s = new ClassSession();
        s.id = UUID.randomUUID();
        s.classId = classId;
        s.date = day;
        s.startTime = request.startTime();
        s.hours = request.hours();
        s.topic = request.topic();
        s.createdAt = now;
        return s;
    }
}
