package id.go.bartim.pelatihan.disnaker.participant;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.Period;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 9: who retention anonymises at disnaker, judged on a participant's facts with the default period (P5Y). */
class RetentionRulesTest {

    private static final Period PERIOD = Period.ofYears(5);
    /** The end of 2020 (1 January 2021, 00:00 WIB) plus five years. */
    private static final OffsetDateTime FIVE_YEARS_AFTER_2020 = OffsetDateTime.parse("2026-01-01T00:00:00+07:00");

    @Test
    void a_participant_whose_last_year_ended_longer_ago_than_the_period_is_due() {
        assertTrue(due(2020, false, FIVE_YEARS_AFTER_2020.plusSeconds(1)));
        assertTrue(due(2015, false, FIVE_YEARS_AFTER_2020));
    }

    @Test
    void a_participant_whose_last_year_ended_the_period_ago_or_more_recently_is_not_due_yet() {
        assertFalse(due(2020, false, FIVE_YEARS_AFTER_2020));
        assertFalse(due(2021, false, FIVE_YEARS_AFTER_2020.plusMonths(11)));
    }

    @Test
    void a_year_ends_at_new_year_midnight_in_jakarta_whatever_the_offset_of_now() {
        assertFalse(due(2020, false, OffsetDateTime.parse("2025-12-31T17:00:00Z")));
        assertTrue(due(2020, false, OffsetDateTime.parse("2025-12-31T17:00:01Z")));
    }

    @Test
    void a_participant_without_a_decision_is_never_due() {
        assertFalse(due(null, false, FIVE_YEARS_AFTER_2020.plusYears(50)));
    }

    @Test
    void an_anonymised_participant_is_not_due_again() {
        assertFalse(due(2010, true, FIVE_YEARS_AFTER_2020));
    }

    @Test
    void the_period_is_configurable() {
        assertTrue(RetentionRules.due(new RetentionFacts(UUID.randomUUID(), 2024, false),
                OffsetDateTime.parse("2025-01-02T00:00:01+07:00"), Period.ofDays(1)));
    }

    private static boolean due(Integer lastYear, boolean anonymised, OffsetDateTime now) {
        return RetentionRules.due(new RetentionFacts(UUID.randomUUID(), lastYear, anonymised), now, PERIOD);
    }
}
