package id.go.bartim.pelatihan.rutan.enrollment;

/**
 * The status of an enrollment's certificate as disnaker last told it (SPEC 11): VALID once issued, REVOKED once
 * revoked, for good. An enrollment without a certificate has none.
 */
public enum CertificateStatus {
    VALID,
    REVOKED
}
