package id.go.bartim.pelatihan.disnaker.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Disnaker's decision on one enrollment and what became of it; the person only by participantId. */
@Schema(name = "EnrollmentDecision")
public record EnrollmentDecisionView(
        @Schema(description = "The rutan's enrollment id") UUID enrollmentId,
        @Schema(description = "The person; absent on an INVALID_REQUEST rejection") UUID participantId,
        @Schema(example = "PTK-01") String programCode,
        UUID classId,
        LocalDate classStartDate,
        LocalDate classEndDate,
        @Schema(example = "RUTAN-TML") String partnerCode,
        @Schema(description = "Quota year: the year the class starts", example = "2026") int year,
        DecisionStatus status,
        @Schema(description = "Only when REJECTED", enumeration = {"QUOTA_EXHAUSTED", "PARTNER_ALLOCATION_EXHAUSTED",
                "PROGRAM_INACTIVE", "PROGRAM_UNKNOWN", "INVALID_REQUEST"}) String rejectionReason,
        OffsetDateTime decidedAt,
        @Schema(description = "Only when COMPLETED or NOT_COMPETENT", enumeration = {"COMPETENT", "NOT_YET_COMPETENT"})
        String outcome,
        LocalDate assessedOn,
        @Schema(description = "As the rutan reported it at completion; null before") Attendance attendance,
        @Schema(description = "Only when WITHDRAWN", example = "HEALTH") String withdrawalReason,
        LocalDate withdrawnOn,
        long version) {

    public static EnrollmentDecisionView of(EnrollmentDecision d) {
        Attendance attendance = d.hoursTotal == null ? null
                : new Attendance(d.hoursTotal, d.hoursAttended, d.attendanceRate);
        return new EnrollmentDecisionView(d.enrollmentId, d.participantId, d.programCode, d.classId,
                d.classStartDate, d.classEndDate, d.partnerCode, d.year, d.status, d.rejectionReason, d.decidedAt,
                d.outcome, d.assessedOn, attendance, d.withdrawalReason, d.withdrawnOn, d.version);
    }

    /** Kehadiran: hours (jam pelajaran) attended of the hours held; rate in percent, one decimal. */
    @Schema(name = "EnrollmentAttendance")
    public record Attendance(int hoursTotal, int hoursAttended, @Schema(example = "91.7") BigDecimal rate) {
    }
}
