package id.go.bartim.pelatihan.rutan.privacy;

import id.go.bartim.pelatihan.platform.audit.AuditEventView;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.audit.AuditTrail;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceChangeView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceHistoryStore;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceRecordView;
import id.go.bartim.pelatihan.rutan.attendance.ExcusalStore;
import id.go.bartim.pelatihan.rutan.attendance.ExcusalView;
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
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

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
    ExcusalStore excusalStore;

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
        List<ExcusalView> excusals = excusalStore.ofInmate(inmateId);
        audit.read(RutanAudit.INMATE_PERSONAL_DATA, inmateId);
        // A removed record leaves its session in the history only
        List<UUID> sessions = Stream.concat(records.stream().map(AttendanceRecordView::sessionId),
                changes.stream().map(AttendanceChangeView::sessionId)).distinct().toList();
        // An excusal taken back is named by the history lines of the records it made
        List<UUID> excusalIds = Stream.concat(excusals.stream().map(ExcusalView::id),
                changes.stream().map(AttendanceChangeView::excusalId).filter(Objects::nonNull))
                .distinct().toList();
        List<UUID> enrollmentIds = held.stream().map(EnrollmentView::id).toList();
        List<AuditEventView> lines = trail.about(Map.ofEntries(
                Map.entry(RutanAudit.INMATE, List.of(inmateId)),
                Map.entry(RutanAudit.INMATE_ENROLLMENTS, List.of(inmateId)),
                Map.entry(RutanAudit.INMATE_PERSONAL_DATA, List.of(inmateId)),
                Map.entry(RutanAudit.ENROLLMENT, enrollmentIds),
                Map.entry(RutanAudit.WAITING_LIST_ENTRY, List.of(inmateId)),
                Map.entry(RutanAudit.ATTENDANCE_REPORT,
                        held.stream().map(EnrollmentView::classId).distinct().toList()),
                Map.entry(RutanAudit.SESSION, sessions),
                Map.entry(RutanAudit.SESSION_ATTENDANCE, sessions),
                Map.entry(RutanAudit.SESSION_ATTENDANCE_HISTORY, sessions),
                Map.entry(RutanAudit.EXCUSAL, excusalIds),
                Map.entry(RutanAudit.ENROLLMENT_EXCUSALS, enrollmentIds)));
        return new InmatePersonalData(inmate, held, waiting, records, changes, excusals, lines);
    }
}
