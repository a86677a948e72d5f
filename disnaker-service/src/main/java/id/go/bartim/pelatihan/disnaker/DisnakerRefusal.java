package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.platform.domain.Refusal;

/** Every rule of disnaker's domain that can refuse a request; {@link DisnakerProblems} maps each to its problem. */
public enum DisnakerRefusal implements Refusal {
    /** A field of the request breaks a rule that depends on the operation or on other fields. */
    INVALID_FIELD,
    DUPLICATE_PROGRAM,
    CODE_IMMUTABLE,
    TARGET_BELOW_USAGE,
    ALLOCATION_BELOW_USAGE,
    /** A certificate is revoked once; a revoked one stays revoked (SPEC 11). */
    CERTIFICATE_ALREADY_REVOKED
}
