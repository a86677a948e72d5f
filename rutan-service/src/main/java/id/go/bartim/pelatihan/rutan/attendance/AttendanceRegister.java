package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.rutan.training.ClassRules;
import id.go.bartim.pelatihan.rutan.training.ClassSession;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The attendance register of a session: a bulk upsert that stores every entry or none (an entry
 * whose enrollment is not ACCEPTED in this class, or with a reason its status does not take, refuses the whole
 * request, {@link AttendanceRules}; a cancelled session takes none, {@link ClassRules#refusalOfAttendance}; after the
 * edit window a change needs a correction note, {@link AttendanceEditWindow}). Each record it changes gets a line of
 * history; an entry identical to the stored record changes nothing, so it leaves the record (who recorded it, when)
 * as it was and adds no line.
 */
@ApplicationScoped
public class AttendanceRegister {

    @Inject
    AttendanceStore store;

    @Inject
    PlainStatements statements;

    @Inject
    TrainingClasses classes;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    AttendanceHistoryStore history;

    @Inject
    AttendanceConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttendanceRecordView> record(UUID classId, UUID sessionId, List<AttendanceEntry> entries) {
        // Held for share until the commit: a cancellation (which locks it for update) waits for this register or
        // this register sees the cancellation, so no record lands on a cancelled session
        ClassSession session = classes.session(classId, sessionId, LockModeType.PESSIMISTIC_READ);
        ClassRules.refusalOfAttendance(session).ifPresent(refused -> {
            throw refused;
        });
        AttendanceRules.refusalOfDuplicates(entries).ifPresent(refused -> {
            throw refused;
        });
        AttendanceRules.refusalOfReasons(entries).ifPresent(refused -> {
            throw refused;
        });
        Map<UUID, AttendanceRecordView> existing = Map.of();
        if (!entries.isEmpty()) {
            List<UUID> ids = entries.stream().map(AttendanceEntry::enrollmentId).toList();
            Set<UUID> accepted = store.acceptedIn(classId, ids);
            AttendanceRules.refusalOfEntries(entries, accepted).ifPresent(refused -> {
                throw refused;
            });
            existing = store.recordsForUpdate(session.id, ids);
        }
        AttendanceEditWindow.refusalOf(session.date, LocalDate.now(clock), config.editWindow(), existing, entries)
                .ifPresent(refused -> {
                    throw refused;
                });
        OffsetDateTime now = BusinessTime.now();
        String by = actor.name();
        // One round trip: every changed record, its line of history, and the register's audit line
        PlainStatements.Round round = statements.round();
        for (AttendanceEntry entry : entries) {
            AttendanceRecordView before = existing.get(entry.enrollmentId());
            if (before == null || !before.sameAs(entry)) {
                store.upsert(round, session.id, entry, now, by);
                history.add(round, session.id, before, entry, now, by);
            }
        }
        audit.record(round, "RECORD_ATTENDANCE", RutanAudit.SESSION, session.id);
        round.send();
        return store.recordsOf(sessionId);
    }

    /**
     * Every change of a session's records, oldest first. It names who attended what, so it is audited as a read of
     * personal data, as the attendance itself is.
     */
    public List<AttendanceChangeView> history(UUID classId, UUID sessionId) {
        classes.session(classId, sessionId, LockModeType.NONE);
        List<AttendanceChangeView> changes = history.historyOf(sessionId);
        audit.read(RutanAudit.SESSION_ATTENDANCE_HISTORY, sessionId);
        return changes;
    }

    /** A session's attendance names several people: a read of personal data, so it is audited (SPEC 9). */
    public List<AttendanceRecordView> list(UUID classId, UUID sessionId) {
        classes.session(classId, sessionId, LockModeType.NONE);
        List<AttendanceRecordView> records = store.recordsOf(sessionId);
        audit.read(RutanAudit.SESSION_ATTENDANCE, sessionId);
        return records;
    }
}
