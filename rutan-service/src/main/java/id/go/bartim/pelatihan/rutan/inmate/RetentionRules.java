package id.go.bartim.pelatihan.rutan.inmate;

import java.time.LocalDate;
import java.time.Period;

/**
 * SPEC 9's retention of an inmate's identity, a function over facts already loaded: who is due for anonymisation.
 * {@link InmateRetention} applies it; the conditional update in {@link InmateStore#anonymise} and the checks of V7
 * are the backstop.
 */
public final class RetentionRules {

    private RetentionRules() {
    }

    /**
     * Due when released or transferred longer ago than {@code period} before {@code today} (WIB), with none of their
     * enrollments open (PENDING or ACCEPTED), and not anonymised yet.
     */
    public static boolean due(RetentionFacts inmate, LocalDate today, Period period) {
        return !inmate.anonymised()
                && inmate.status() != InmateStatus.ACTIVE
                && inmate.releaseDate() != null
                && inmate.releaseDate().plus(period).isBefore(today)
                && inmate.openEnrollments() == 0;
    }
}
