package id.go.bartim.pelatihan.rutan.privacy;

import id.go.bartim.pelatihan.platform.audit.AuditEventView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceChangeView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceRecordView;
import id.go.bartim.pelatihan.rutan.attendance.ExcusalView;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentView;
import id.go.bartim.pelatihan.rutan.enrollment.WaitingListEntryView;
import id.go.bartim.pelatihan.rutan.inmate.InmateView;

import java.util.List;

/**
 * Everything rutan-service holds about one inmate (SPEC 9): the record, the enrollments, the entries on classes'
 * waiting lists, the attendance records and every change of them, the excusals, and the audit lines about them (who read or changed what, and when).
 */
public record InmatePersonalData(InmateView inmate, List<EnrollmentView> enrollments,
                                 List<WaitingListEntryView> waitingList, List<AttendanceRecordView> attendance,
                                 List<AttendanceChangeView> attendanceHistory, List<ExcusalView> excusals,
                                 List<AuditEventView> auditTrail) {
}
