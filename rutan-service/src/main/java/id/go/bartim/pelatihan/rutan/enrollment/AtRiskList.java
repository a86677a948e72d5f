package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.attendance.AtRiskReason;
import id.go.bartim.pelatihan.rutan.attendance.AtRiskRules;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceLedger;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceStore;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The at-risk list of a class (SPEC 10): its ACCEPTED enrollments that {@link AtRiskRules} puts at risk, by name. A
 * class holds at most 500 enrollments, so the list is judged whole and then paged.
 */
@ApplicationScoped
public class AtRiskList {

    @Inject
    TrainingClasses classes;

    @Inject
    AttendanceStore store;

    @Inject
    AttendanceLedger ledger;

    @Inject
    EnrollmentViewAssembler assembler;

    @Inject
    AuditLog audit;

    public PageView<AtRiskView> of(UUID classId, PageQuery paging) {
        classes.find(classId);
        List<AttendanceStore.Trainee> accepted = store.traineesOf(classId).stream()
                .filter(t -> EnrollmentStatus.ACCEPTED.name().equals(t.status())).toList();
        Map<UUID, AttendanceSummary> summaries =
                ledger.summariesOf(accepted.stream().map(AttendanceStore.Trainee::enrollmentId).toList());
        Map<UUID, List<AttendanceStatus>> lastHeld = lastHeld(classId);
        List<AttendanceStore.Trainee> atRisk = new ArrayList<>();
        Map<UUID, List<AtRiskReason>> reasons = new HashMap<>();
        for (AttendanceStore.Trainee t : accepted) {
            List<AtRiskReason> why = AtRiskRules.reasonsOf(
                    summaries.getOrDefault(t.enrollmentId(), AttendanceSummary.NONE),
                    lastHeld.getOrDefault(t.enrollmentId(), List.of()));
            if (!why.isEmpty()) {
                atRisk.add(t);
                reasons.put(t.enrollmentId(), why);
            }
        }
        List<AttendanceStore.Trainee> page = atRisk.stream().skip(paging.offset()).limit(paging.size()).toList();
        Map<UUID, EnrollmentView> views = new HashMap<>();
        for (EnrollmentView v : assembler.ofIds(page.stream().map(AttendanceStore.Trainee::enrollmentId).toList())) {
            views.put(v.id(), v);
        }
        // The list names several people: a read of personal data, so it is audited
        audit.read(RutanAudit.AT_RISK, classId);
        return new PageView<>(page.stream().map(t -> new AtRiskView(views.get(t.enrollmentId()), t.fullName(),
                t.registrationNumber(), reasons.get(t.enrollmentId()))).toList(), paging.page(), paging.size(),
                atRisk.size());
    }

    /**
     * Per enrollment, its records in the class's last three held sessions, newest first, null where it has none; empty
     * for everybody while fewer than three sessions were held.
     */
    private Map<UUID, List<AttendanceStatus>> lastHeld(UUID classId) {
        List<AttendanceStore.HeldRecord> records = store.recordsOfLastHeld(classId, AtRiskRules.LAST_HELD);
        List<UUID> sessions = records.stream().map(AttendanceStore.HeldRecord::sessionId).distinct().toList();
        Map<UUID, Map<UUID, AttendanceStatus>> bySession = new LinkedHashMap<>();
        for (AttendanceStore.HeldRecord r : records) {
            bySession.computeIfAbsent(r.enrollmentId(), id -> new HashMap<>()).put(r.sessionId(), r.status());
        }
        Map<UUID, List<AttendanceStatus>> lastHeld = new HashMap<>();
        bySession.forEach((enrollment, statuses) -> {
            List<AttendanceStatus> line = new ArrayList<>(sessions.size());
            sessions.forEach(session -> line.add(statuses.get(session)));
            lastHeld.put(enrollment, line);
        });
        return lastHeld;
    }
}
