package id.go.bartim.pelatihan.rutan.inmate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 9: who retention anonymises at the rutan, judged on an inmate's facts with the default period (P2Y). */
class RetentionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Period PERIOD = Period.ofYears(2);

    @Test
    void an_inmate_released_longer_ago_than_the_period_is_due() {
        assertTrue(due(InmateStatus.RELEASED, TODAY.minusYears(2).minusDays(1), false, 0));
        assertTrue(due(InmateStatus.RELEASED, TODAY.minusYears(9), false, 0));
    }

    @Test
    void an_inmate_transferred_longer_ago_than_the_period_is_due_too() {
        assertTrue(due(InmateStatus.TRANSFERRED, TODAY.minusYears(2).minusDays(1), false, 0));
    }

    @Test
    void an_inmate_released_the_period_ago_or_more_recently_is_not_due_yet() {
        assertFalse(due(InmateStatus.RELEASED, TODAY.minusYears(2), false, 0));
        assertFalse(due(InmateStatus.RELEASED, TODAY.minusDays(1), false, 0));
    }

    @Test
    void an_inmate_with_an_open_enrollment_is_not_due() {
        assertFalse(due(InmateStatus.RELEASED, TODAY.minusYears(5), false, 1));
    }

    @Test
    void an_active_inmate_is_never_due() {
        assertFalse(due(InmateStatus.ACTIVE, null, false, 0));
    }

    @Test
    void an_anonymised_inmate_is_not_due_again() {
        assertFalse(due(InmateStatus.RELEASED, TODAY.minusYears(5), true, 0));
    }

    @Test
    void the_period_is_configurable() {
        assertTrue(RetentionRules.due(facts(InmateStatus.RELEASED, TODAY.minusDays(8), false, 0), TODAY,
                Period.ofDays(7)));
    }

    private static boolean due(InmateStatus status, LocalDate released, boolean anonymised, int open) {
        return RetentionRules.due(facts(status, released, anonymised, open), TODAY, PERIOD);
    }

    private static RetentionFacts facts(InmateStatus status, LocalDate released, boolean anonymised, int open) {
        return new RetentionFacts(UUID.randomUUID(), status, released, anonymised, open);
    }
}
