package id.go.bartim.pelatihan.disnaker.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The public answer about a certificate (SPEC 11): the program and year of a certificate whose number and code match,
 * or only {@code valid: false}, the same for an unknown number as for a wrong code. A revoked certificate answers
 * {@code valid: false} too, but with its status REVOKED, the program, year, issue and revocation dates. Never the
 * holder's name, never the reason of a revocation (an officer's free text, which may speak of the holder).
 */
@Schema(name = "CertificateVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationAnswer(
        @Schema(description = "Whether the number and code belong to one certificate issued by Disnakertrans and not "
                + "revoked", example = "true") boolean valid,
        @Schema(description = "VALID, or REVOKED for a revoked certificate whose number and code match (valid is "
                + "false then); absent for an unknown number or a wrong code") CertificateStatus status,
        @Schema(example = "PTK-01") String programCode,
        @Schema(example = "Pertukangan Kayu") String programName,
        @Schema(example = "2026") Integer year,
        LocalDate issuedOn,
        @Schema(description = "Only for a REVOKED certificate: the day it was revoked") LocalDate revokedOn,
        @Schema(description = "Only when name was given: whether it is the holder's, case and spaces aside",
                example = "true") Boolean nameMatches) {

    /** The answer for an unknown number and for a wrong code alike. */
    public static final VerificationAnswer INVALID =
            new VerificationAnswer(false, null, null, null, null, null, null, null);

    /**
     * The answer for {@code certificate}, whose number and code matched: valid unless revoked; checked against
     * {@code name} when one was given.
     */
    static VerificationAnswer of(Certificate certificate, String programName, String name) {
        return new VerificationAnswer(!certificate.isRevoked(), certificate.status, certificate.programCode,
                programName, certificate.year, certificate.issuedOn, certificate.revokedOn,
                name == null ? null : certificate.nameMatches(name));
    }
}
