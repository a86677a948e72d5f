package id.go.bartim.pelatihan.disnaker.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sertifikat: issued for each COMPETENT completion, numbered per year without gaps; an officer may revoke it once
 * ({@link CertificateRules#refusalOfRevocation}), and it is never deleted, so its number is never reused (V8).
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    /** The resource type of the audit lines about a certificate; their resource id is its number. */
    public static final String AUDIT_TYPE = "certificate";

    @Id
    public String number;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** Shown to officers; with the number, anyone can check the certificate (SPEC 11, {@link VerificationCodes}). */
    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    /** The holder's name as {@link HolderName} keeps it: verifiable after retention removed the name (SPEC 9, 11). */
    @Column(name = "holder_name_salt", nullable = false)
    public String holderNameSalt;

    @Column(name = "holder_name_hash", nullable = false)
    public String holderNameHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    /** The officer's words: free text that may speak of the holder (docs/data-protection.md). */
    @Column(name = "revocation_reason")
    public String revocationReason;

    /** The revoking officer's token subject. */
    @Column(name = "revoked_by")
    public String revokedBy;

    /** Revokes the certificate, as {@link CertificateRules#refusalOfRevocation} allows; {@code reason} is trimmed. */
    void revoke(String reason, LocalDate on, String by) {
        CertificateRules.refusalOfRevocation(this, reason).ifPresent(refused -> {
            throw refused;
        });
        status = CertificateStatus.REVOKED;
        revocationReason = reason.trim();
        revokedOn = on;
        revokedBy = by;
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    /**
     * Compares two verification codes in time that does not depend on where they differ: how long the comparison
     * takes tells a guesser nothing about how many characters were right.
     */
    static boolean codesEqual(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code givenName} is the holder's, case and spaces aside (SPEC 11 {@code nameMatches}). */
    public boolean nameMatches(String givenName) {
        return HolderName.matches(holderNameSalt, holderNameHash, givenName);
    }
}
