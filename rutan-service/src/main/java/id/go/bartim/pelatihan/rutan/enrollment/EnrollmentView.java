package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An enrollment as the API shows it, with its attendance so far. */
public record EnrollmentView(UUID id, UUID classId, UUID inmateId, String programCode, EnrollmentStatus status,
                             String rejectionReason, OffsetDateTime requestedAt, OffsetDateTime decidedAt,
                             Outcome outcome, LocalDate assessedOn, String assessorName, String certificateNumber,
                             WithdrawalReason withdrawalReason, String withdrawalNote, LocalDate withdrawnOn,
                             AttendanceSummary attendance, long version) {

    static EnrollmentView of(Enrollment e, AttendanceSummary attendance) {
        return new EnrollmentView(e.id, e.classId, e.inmateId, e.programCode, e.status, e.rejectionReason,
                e.requestedAt, e.decidedAt, e.outcome, e.assessedOn, e.assessorName, e.certificateNumber,
                e.withdrawalReason, e.withdrawalNote, e.withdrawnOn, attendance, e.version);
    }
}
