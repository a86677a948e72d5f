package id.go.bartim.pelatihan.rutan.privacy;

import id.go.bartim.pelatihan.platform.audit.AuditEventView;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.audit.AuditTrail;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceChangeView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceHistoryStore;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceRecordView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceStore;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentView;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentViewAssembler;
import id.go.bartim.pelatihan.rutan.enrollment.WaitingList;
import id.go.bartim.pelatihan.rutan.enrollment.WaitingListEntryView;
import id.go.bartim.pelatihan.rutan.inmate.InmateService;
import id.go.bartim.pelatihan.rutan.inmate.InmateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's request for their own data (SPEC 9), answered from everything rutan holds about an inmate. The read is
 * audited like any other read of one person's record, and its own line is in the trail it returns.
 */
@ApplicationScoped
public class PersonalDataRequests {

    @Inject
    InmateService inmates;

    @Inject
    EnrollmentViewAssembler enrollments;

    @Inject
    WaitingList waitingLists;

    @Inject
    AttendanceStore attendance;

    @Inject
    AttendanceHistoryStore attendanceHistory;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Transactional
    public InmatePersonalData of(UUID inmateId) {
        InmateView inmate = inmates.viewOf(inmateId);
        List<EnrollmentView> held = enrollments.ofInmate(inmateId);
        List<WaitingListEntryView> waiting = waitingLists.ofInmate(inmateId);
        List<AttendanceRecordView> records = attendance.recordsOfInmate(inmateId);
        List<AttendanceChangeView> changes = attendanceHistory.historyOfInmate(inmateId);
        audit.read(RutanAudit.INMATE_PERSONAL_DATA, inmateId);
        // A removed record leaves its session in the history only
        List<UUID> sessions = java.util.stream.Stream.concat(records.stream().map(AttendanceRecordView::sessionId),
                changes.stream().map(AttendanceChangeView::sessionId)).distinct().toList();
        List<AuditEventView> lines = trail.about(Map.of(
                RutanAudit.INMATE, List.of(inmateId),
                RutanAudit.INMATE_ENROLLMENTS, List.of(inmateId),
                RutanAudit.INMATE_PERSONAL_DATA, List.of(inmateId),
                RutanAudit.ENROLLMENT, held.stream().map(EnrollmentView::id).toList(),
                RutanAudit.WAITING_LIST_ENTRY, List.of(inmateId),
                RutanAudit.ATTENDANCE_REPORT, held.stream().map(EnrollmentView::classId).distinct().toList(),
                RutanAudit.SESSION, sessions,
                RutanAudit.SESSION_ATTENDANCE, sessions,
                RutanAudit.SESSION_ATTENDANCE_HISTORY, sessions));
        return new InmatePersonalData(inmate, held, waiting, records, changes, lines);
    }
}
