package id.go.bartim.pelatihan.contract.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Disnaker revoked an issued certificate (SPEC 11). Its number is never given to another certificate; {@code reason}
 * is the officer's free text, which may speak of the holder (docs/data-protection.md).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CertificateRevoked(UUID enrollmentId, String certificateNumber, String reason, LocalDate revokedOn) {

    /** The longest reason an officer may give. */
    public static final int REASON_MAX_LENGTH = 500;
}
