package id.go.bartim.pelatihan.disnaker.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate as the API shows it; the person only by participantId. */
@Schema(name = "Certificate")
public record CertificateView(
        @Schema(example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001") String number,
        @Schema(example = "2026") int year,
        @Schema(description = "Position in the year's numbering, from 1 without gaps", example = "1") int sequence,
        UUID enrollmentId,
        UUID participantId,
        @Schema(example = "PTK-01") String programCode,
        LocalDate issuedOn) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.number, c.year, c.sequence, c.enrollmentId, c.participantId, c.programCode,
                c.issuedOn);
    }
}
