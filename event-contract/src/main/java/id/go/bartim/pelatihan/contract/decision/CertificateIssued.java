package id.go.bartim.pelatihan.contract.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/** Disnaker issued the training certificate (sertifikat) for a competent completion. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CertificateIssued(UUID enrollmentId, String certificateNumber, LocalDate issuedOn) {
}
