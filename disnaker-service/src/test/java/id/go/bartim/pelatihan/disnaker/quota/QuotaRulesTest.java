package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of SPEC 4's quota, without a database: each test one sentence of the SPEC. */
class QuotaRulesTest {

    /** A year of target 10 with {@code reserved} and {@code trained} used; the person holds {@code slot}. */
    private static QuotaFacts year(int reserved, int trained, SlotState slot) {
        return new QuotaFacts(10, reserved, trained, slot, null, 0);
    }

    private static QuotaFacts partner(int allocation, long used) {
        return new QuotaFacts(10, 3, 0, null, allocation, used);
    }

    @Test
    void an_enrollment_of_a_person_with_no_slot_that_year_reserves_one() {
        QuotaRules.Verdict verdict = QuotaRules.decide(true, year(3, 2, null));
        assertTrue(verdict.accepted());
        assertTrue(verdict.reservesSlot());
    }

    @Test
    void a_second_enrollment_of_the_same_person_shares_the_slot_even_when_the_quota_is_exhausted() {
        QuotaRules.Verdict verdict = QuotaRules.decide(true, year(6, 4, SlotState.RESERVED));
        assertTrue(verdict.accepted());
        assertFalse(verdict.reservesSlot());
        assertFalse(QuotaRules.decide(true, year(6, 4, SlotState.TRAINED)).reservesSlot());
    }

    @Test
    void rejects_with_quota_exhausted_when_reserved_plus_trained_reach_the_target() {
        assertEquals(EnrollmentRejected.QUOTA_EXHAUSTED, QuotaRules.decide(true, year(6, 4, null)).rejectionReason());
        assertTrue(QuotaRules.decide(true, year(6, 3, null)).accepted());
    }

    @Test
    void rejects_with_partner_allocation_exhausted_when_the_partner_uses_its_whole_allocation() {
        assertEquals(EnrollmentRejected.PARTNER_ALLOCATION_EXHAUSTED, QuotaRules.decide(true, partner(5, 5)).rejectionReason());
        assertTrue(QuotaRules.decide(true, partner(5, 4)).accepted());
    }

    @Test
    void a_partner_without_an_allocation_is_limited_by_the_target_only() {
        assertTrue(QuotaRules.decide(true, new QuotaFacts(10, 9, 0, null, null, 9)).accepted());
    }

    @Test
    void the_target_is_judged_before_the_partner_allocation() {
        assertEquals(EnrollmentRejected.QUOTA_EXHAUSTED, QuotaRules.decide(true, new QuotaFacts(10, 10, 0, null, 5, 5)).rejectionReason());
    }

    @Test
    void rejects_with_program_unknown_when_the_program_does_not_exist() {
        assertEquals(EnrollmentRejected.PROGRAM_UNKNOWN, QuotaRules.decide(null, year(0, 0, null)).rejectionReason());
    }

    @Test
    void rejects_with_program_inactive_when_the_program_is_retired_even_for_a_person_holding_a_slot() {
        assertEquals(EnrollmentRejected.PROGRAM_INACTIVE, QuotaRules.decide(false, year(0, 0, SlotState.RESERVED)).rejectionReason());
    }

    @Test
    void a_request_that_can_be_read_but_not_decided_is_rejected_with_invalid_request() {
        assertEquals(EnrollmentRejected.INVALID_REQUEST, QuotaRules.invalidRequest().rejectionReason());
        assertFalse(QuotaRules.invalidRequest().reservesSlot());
    }

    @Test
    void the_quota_year_of_an_enrollment_is_the_year_of_its_class_start_date() {
        EnrollmentRequested request = new EnrollmentRequested(UUID.randomUUID(), UUID.randomUUID(), "PTK-01",
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 2, 1), "RUTAN-TML", null);
        assertEquals(2026, QuotaRules.yearOf(request));
    }

    @Test
    void a_competent_completion_turns_a_reserved_slot_into_trained_once_per_person_per_year() {
        assertTrue(QuotaRules.turnsTrained(Optional.of(SlotState.RESERVED)));
        assertFalse(QuotaRules.turnsTrained(Optional.of(SlotState.TRAINED)));
        assertFalse(QuotaRules.turnsTrained(Optional.empty()));
    }

    @Test
    void withdrawal_or_not_yet_competent_frees_the_slot_when_no_other_enrollment_holds_it() {
        assertInstanceOf(QuotaRules.Release.Free.class, QuotaRules.release(Optional.of(SlotState.RESERVED), List.of()));
    }

    @Test
    void the_slot_stays_credited_to_the_earliest_other_accepted_enrollment_of_that_year() {
        assertEquals(new QuotaRules.Release.Credit("OTO-01"), QuotaRules.release(Optional.of(SlotState.RESERVED), List.of("OTO-01", "BGA-01")));
    }

    @Test
    void a_trained_person_keeps_the_slot() {
        assertInstanceOf(QuotaRules.Release.Keep.class, QuotaRules.release(Optional.of(SlotState.TRAINED), List.of()));
        assertInstanceOf(QuotaRules.Release.Keep.class, QuotaRules.release(Optional.empty(), List.of()));
    }

    @Test
    void a_target_below_reserved_plus_trained_is_refused() {
        Optional<Refused> refused = QuotaRules.refusalOfTarget(2026, 4, 5);
        assertEquals(DisnakerRefusal.TARGET_BELOW_USAGE, refused.orElseThrow().refusal());
        assertTrue(QuotaRules.refusalOfTarget(2026, 5, 5).isEmpty());
    }

    @Test
    void an_allocation_below_what_the_partner_uses_is_refused() {
        Optional<Refused> refused = QuotaRules.refusalOfAllocation(2026, "RUTAN-TML", 2, 3);
        assertEquals(DisnakerRefusal.ALLOCATION_BELOW_USAGE, refused.orElseThrow().refusal());
        assertTrue(QuotaRules.refusalOfAllocation(2026, "RUTAN-TML", 3, 3).isEmpty());
    }

    @Test
    void a_year_with_no_explicit_target_has_target_1000() {
        assertEquals(1000, QuotaRules.DEFAULT_TARGET);
    }
}
