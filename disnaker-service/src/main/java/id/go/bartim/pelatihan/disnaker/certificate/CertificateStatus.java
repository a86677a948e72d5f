package id.go.bartim.pelatihan.disnaker.certificate;

/**
 * A certificate's status (SPEC 11): VALID as issued, REVOKED once an officer revoked it, for good. A public
 * verification of a revoked certificate answers {@code valid: false} with status REVOKED.
 */
public enum CertificateStatus {
    VALID,
    REVOKED
}
