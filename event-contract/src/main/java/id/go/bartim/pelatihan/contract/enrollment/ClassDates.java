package id.go.bartim.pelatihan.contract.enrollment;

import java.time.LocalDate;

/**
 * The dates a training class may have (SPEC 8): those both services can hold. disnaker counts an enrollment in the
 * quota year its class starts, and its quota tables hold the years 2000 to 2100; a class dated outside would be
 * accepted by the rutan and never decided. The rutan refuses such a class (400), disnaker rejects a request for one
 * ({@code INVALID_REQUEST}), and the schema of {@code rutan.enrollment.requested.v1} says the same of
 * {@code classStartDate} and {@code classEndDate}.
 */
public final class ClassDates {

    /** The first day a class may start or end on. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The last day a class may start or end on. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The rule in words, for a refusal: {@code must be between 2000-01-01 and 2100-12-31}. */
    public static final String RULE = "must be between " + EARLIEST + " and " + LATEST;

    private ClassDates() {
    }

    /** Whether a class may be dated on {@code date}; null is not a date. */
    public static boolean holds(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
