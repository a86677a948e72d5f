package id.go.bartim.pelatihan.disnaker.certificate;

/**
 * What a public verification says of a certificate it found (SPEC 11). Only VALID so far: revocation, which adds
 * REVOKED, is a later slice; a verification then answers {@code valid: false} with status REVOKED.
 */
public enum CertificateStatus {
    VALID
}
