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
    /** Retention anonymised a certificate's holder: its paper, which shows the name, cannot be made (SPEC 9, 11). */
    HOLDER_NAME_REMOVED,
    /** A text of a certificate's paper has a character its font cannot print. */
    UNPRINTABLE_TEXT,
    /** A certificate is revoked once; a revoked one stays revoked (SPEC 11). */
    CERTIFICATE_ALREADY_REVOKED,
    /** A revoked certificate's paper is no longer made: it would show as valid what no longer is (SPEC 11). */
    CERTIFICATE_REVOKED
}
