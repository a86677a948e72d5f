package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.domain.Refusal;

/** Every rule of rutan's domain that can refuse a request or an event; {@link RutanProblems} maps each to its problem. */
public enum RutanRefusal implements Refusal {
    /** A field of the request breaks a rule that depends on the operation or on other fields. */
    INVALID_FIELD,
    DUPLICATE_REGISTRATION_NUMBER,
    INMATE_NOT_ACTIVE,
    /** Retention anonymised the inmate (SPEC 9): the record no longer changes. */
    INMATE_ANONYMISED,
    ALREADY_ENROLLED,
    /** The inmate is already in line on the class's waiting list (SPEC 10). */
    ALREADY_WAITING,
    CLASS_FULL,
    CLASS_ENDED,
    RELEASE_BEFORE_CLASS_END,
    TRANSITION_NOT_ALLOWED,
    ATTENDANCE_BELOW_MINIMUM,
    PROGRAM_NOT_AVAILABLE,
    SESSION_OUTSIDE_CLASS_DATES,
    /** The class has a session at that date and start time already (SPEC 10). */
    SESSION_TIME_TAKEN,
    ENROLLMENT_NOT_ACCEPTED,
    /** A session's register changed after its edit window without a correction note (SPEC 10). */
    ATTENDANCE_LOCKED,
    /** The session is cancelled (SPEC 10): it takes no attendance and cannot be cancelled again. */
    SESSION_CANCELLED,
    /** Only a cancelled session can be restored. */
    SESSION_NOT_CANCELLED
}
