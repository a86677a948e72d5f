package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;

import java.util.Optional;

/**
 * The rules of SPEC 11 about a certificate already loaded, each a function answering with the refusal, or with
 * nothing when the rule lets the change through. The database backs them (V8: a revoked certificate stays so).
 */
public final class CertificateRules {

    /** The longest reason an officer may give: what the event contract carries and the column holds. */
    public static final int REASON_MAX_LENGTH = CertificateRevoked.REASON_MAX_LENGTH;

    private CertificateRules() {
    }

    /**
     * A certificate is revoked once (409 certificate-already-revoked when it already is), and a revocation says why:
     * a reason that is not blank and, trimmed, at most {@link #REASON_MAX_LENGTH} characters (400 naming
     * {@code reason}).
     */
    public static Optional<Refused> refusalOfRevocation(Certificate certificate, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(Refused.field(DisnakerRefusal.INVALID_FIELD, "reason", "must not be blank"));
        }
        if (reason.trim().length() > REASON_MAX_LENGTH) {
            return Optional.of(Refused.field(DisnakerRefusal.INVALID_FIELD, "reason",
                    "must be at most " + REASON_MAX_LENGTH + " characters"));
        }
        if (certificate.isRevoked()) {
            return Optional.of(alreadyRevoked());
        }
        return Optional.empty();
    }

    /** The refusal of a second revocation, also when the database's trigger is what stopped it. */
    public static Refused alreadyRevoked() {
        return new Refused(DisnakerRefusal.CERTIFICATE_ALREADY_REVOKED,
                "The certificate is already revoked; a revocation is final and nothing was changed");
    }
}
