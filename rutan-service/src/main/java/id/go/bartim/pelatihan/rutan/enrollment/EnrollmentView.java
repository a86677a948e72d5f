package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An enrollment as the API shows it, with its attendance so far and the status of its certificate. */
public record EnrollmentView(UUID id, UUID classId, UUID inmateId, String programCode, EnrollmentStatus status,
                             String rejectionReason, OffsetDateTime requestedAt, OffsetDateTime decidedAt,
                             Outcome outcome, LocalDate assessedOn, String assessorName,
                             @Schema(description = "Disnaker's certificate number, once issued",
                                     example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001")
                             String certificateNumber,
                             @Schema(description = "SPEC 11: VALID once disnaker issued the certificate, REVOKED once "
                                     + "it revoked it; null before a certificate")
                             CertificateStatus certificateStatus,
                             @Schema(description = "The day disnaker revoked the certificate; null unless REVOKED")
                             LocalDate certificateRevokedOn,
                             @Schema(description = "Why disnaker revoked the certificate, as its officer wrote it; "
                                     + "null unless REVOKED, and once the inmate is anonymised",
                                     example = "Penilaian dibatalkan oleh asesor")
                             String certificateRevocationReason,
                             WithdrawalReason withdrawalReason, String withdrawalNote, LocalDate withdrawnOn,
                             AttendanceSummary attendance, long version) {

    static EnrollmentView of(Enrollment e, AttendanceSummary attendance) {
        return new EnrollmentView(e.id, e.classId, e.inmateId, e.programCode, e.status, e.rejectionReason,
                e.requestedAt, e.decidedAt, e.outcome, e.assessedOn, e.assessorName, e.certificateNumber,
                e.certificateStatus, e.certificateRevokedOn, e.certificateRevocationReason,
                e.withdrawalReason, e.withdrawalNote, e.withdrawnOn, attendance, e.version);
    }
}
