package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.training.ClassSession;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The attendance register of a session: a bulk upsert that stores every entry or none (an entry
 * whose enrollment is not ACCEPTED in this class refuses the whole request).
 */
@ApplicationScoped
public class AttendanceRegister {

    @Inject
    EntityManager em;

    @Inject
    TrainingClasses classes;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttendanceRecordView> record(UUID classId, UUID sessionId, List<AttendanceEntry> entries) {
        ClassSession session = session(classId, sessionId);
        refuseDuplicates(entries);
        refuseUnlessAccepted(classId, entries);
        OffsetDateTime now = BusinessTime.now();
        for (AttendanceEntry entry : entries) {
            em.createNativeQuery("""
                            insert into attendance_record (session_id, enrollment_id, status, note, recorded_at, recorded_by)
                            values (:session, :enrollment, :status, :note, :at, :by)
                            on conflict (session_id, enrollment_id) do update
                            set status = excluded.status, note = excluded.note,
                                recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                    .setParameter("session", session.id)
                    .setParameter("enrollment", entry.enrollmentId())
                    .setParameter("status", entry.status().name())
                    .setParameter("note", entry.note())
                    .setParameter("at", now)
                    .setParameter("by", actor.name())
                    .executeUpdate();
        }
        audit.record("RECORD_ATTENDANCE", "session", session.id);
        return list(classId, sessionId);
    }

    @SuppressWarnings("unchecked")
    public List<AttendanceRecordView> list(UUID classId, UUID sessionId) {
        session(classId, sessionId);
        List<Object[]> rows = em.createNativeQuery("""
                        select enrollment_id, status, note, recorded_at, recorded_by from attendance_record
                        where session_id = :session order by enrollment_id""")
                .setParameter("session", sessionId)
                .getResultList();
        List<AttendanceRecordView> views = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            views.add(new AttendanceRecordView(sessionId, (UUID) row[0], AttendanceStatus.valueOf((String) row[1]),
                    (String) row[2], toOffset(row[3]), (String) row[4]));
        }
        return views;
    }

    private ClassSession session(UUID classId, UUID sessionId) {
        classes.find(classId);
        ClassSession session = ClassSession.findById(sessionId);
        if (session == null || !session.classId.equals(classId)) {
            throw new NotFound("Session", sessionId);
        }
        return session;
    }

    private static void refuseDuplicates(List<AttendanceEntry> entries) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).enrollmentId())) {
                throw Refused.field(RutanRefusal.INVALID_FIELD, "[" + i + "].enrollmentId", "appears more than once");
            }
        }
    }

    private void refuseUnlessAccepted(UUID classId, List<AttendanceEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<UUID> ids = entries.stream().map(AttendanceEntry::enrollmentId).toList();
        @SuppressWarnings("unchecked")
        List<UUID> accepted = em.createNativeQuery("""
                        select id from enrollment where id in (:ids) and class_id = :class and status = 'ACCEPTED'""")
                .setParameter("ids", ids).setParameter("class", classId)
                .getResultList();
        List<Refused.Issue> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!accepted.contains(ids.get(i))) {
                errors.add(new Refused.Issue("[" + i + "].enrollmentId",
                        "is not an ACCEPTED enrollment of this class"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(RutanRefusal.ENROLLMENT_NOT_ACCEPTED,
                    errors.size() + " entr" + (errors.size() == 1 ? "y is" : "ies are")
                            + " not ACCEPTED enrollments of this class; nothing was stored", errors);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atZone(WIB).toOffsetDateTime();
        }
        return ((Timestamp) value).toInstant().atZone(WIB).toOffsetDateTime();
    }
}
