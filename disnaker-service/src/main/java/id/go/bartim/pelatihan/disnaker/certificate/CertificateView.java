package id.go.bartim.pelatihan.disnaker.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate as the API shows it; the person only by participantId, the verification code to officers only. Its
 * status, and for a revoked one the date and reason, to officers and viewers alike.
 */
@Schema(name = "Certificate")
public record CertificateView(
        @Schema(example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001") String number,
        @Schema(example = "2026") int year,
        @Schema(description = "Position in the year's numbering, from 1 without gaps", example = "1") int sequence,
        UUID enrollmentId,
        UUID participantId,
        @Schema(example = "PTK-01") String programCode,
        LocalDate issuedOn,
        @Schema(description = "For disnaker-officer only, absent for disnaker-viewer: with the number, it lets anyone "
                + "check the certificate at /api/v1/public/certificates/verification (SPEC 11)",
                example = "K7MX2QHT9C", pattern = "^[A-HJ-NP-Z2-9]{10}$")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String verificationCode,
        @Schema(description = "VALID as issued; REVOKED once an officer revoked it (for good)", example = "VALID")
        CertificateStatus status,
        @Schema(description = "The day it was revoked (WIB); null unless REVOKED") LocalDate revokedOn,
        @Schema(description = "Why it was revoked, as the officer wrote it; null unless REVOKED",
                example = "Penilaian dibatalkan oleh asesor") String revocationReason) {

    /** The certificate as {@code officer} or a viewer may see it: with its verification code, or without. */
    public static CertificateView of(Certificate c, boolean officer) {
        return new CertificateView(c.number, c.year, c.sequence, c.enrollmentId, c.participantId, c.programCode,
                c.issuedOn, officer ? c.verificationCode : null, c.status, c.revokedOn, c.revocationReason);
    }
}
