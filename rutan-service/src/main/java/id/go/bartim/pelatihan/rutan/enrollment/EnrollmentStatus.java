package id.go.bartim.pelatihan.rutan.enrollment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrollment stands (SPEC 3), and where it may go from there: PENDING → ACCEPTED | REJECTED; ACCEPTED →
 * COMPLETED | NOT_COMPETENT; PENDING or ACCEPTED → WITHDRAWN. Nothing else.
 */
public enum EnrollmentStatus {
    PENDING, ACCEPTED, REJECTED, COMPLETED, NOT_COMPETENT, WITHDRAWN;

    /** Whether SPEC 3 lets an enrollment in this status move to {@code next}. */
    public boolean canBecome(EnrollmentStatus next) {
        return switch (this) {
            case PENDING -> next == ACCEPTED || next == REJECTED || next == WITHDRAWN;
            case ACCEPTED -> next == COMPLETED || next == NOT_COMPETENT || next == WITHDRAWN;
            case REJECTED, COMPLETED, NOT_COMPETENT, WITHDRAWN -> false;
        };
    }

    /** The statuses from which an enrollment may move to {@code next}: the guard of an update that moves it. */
    public static String[] sourcesOf(EnrollmentStatus next) {
        return Arrays.stream(values()).filter(s -> s.canBecome(next)).map(Enum::name).toArray(String[]::new);
    }

    /** PENDING and ACCEPTED hold a seat in the class (its capacity counts them). */
    public boolean holdsSeat() {
        return this == PENDING || this == ACCEPTED;
    }

    /**
     * The statuses in which an inmate holds a place in the class and cannot ask again; after a rejection or withdrawal
     * they may (the one-per-class index of V4 is the backstop).
     */
    public static final Set<EnrollmentStatus> PLACE_IN_CLASS = EnumSet.of(PENDING, ACCEPTED, COMPLETED, NOT_COMPETENT);
}
