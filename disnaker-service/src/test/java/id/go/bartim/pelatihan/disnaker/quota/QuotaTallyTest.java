package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch's quota decided in memory, without a database: each request sees what the ones before it reserved. */
class QuotaTallyTest {

    private static final int YEAR = 2031;
    private static final String PARTNER = "RUTAN-TML";

    @Test
    void the_last_free_slots_go_to_the_first_requests_and_the_rest_are_exhausted() {
        QuotaTally tally = new QuotaTally();
        tally.year(YEAR, 10, 6, 2);

        assertTrue(tally.decide(true, YEAR, UUID.randomUUID(), PARTNER).reservesSlot());
        assertTrue(tally.decide(true, YEAR, UUID.randomUUID(), PARTNER).reservesSlot());
        assertEquals(EnrollmentRejected.QUOTA_EXHAUSTED,
                tally.decide(true, YEAR, UUID.randomUUID(), PARTNER).rejectionReason());
        assertEquals(8, tally.factsOf(YEAR, UUID.randomUUID(), PARTNER).reserved());
    }

    @Test
    void a_second_request_of_a_person_shares_the_slot_the_first_reserved_even_when_the_quota_is_full() {
        QuotaTally tally = new QuotaTally();
        tally.year(YEAR, 1, 0, 0);
        UUID person = UUID.randomUUID();

        assertTrue(tally.decide(true, YEAR, person, PARTNER).reservesSlot());
        QuotaRules.Verdict second = tally.decide(true, YEAR, person, PARTNER);

        assertTrue(second.accepted());
        assertEquals(false, second.reservesSlot());
        assertEquals(SlotState.RESERVED, tally.factsOf(YEAR, person, PARTNER).slot());
        assertEquals(1, tally.factsOf(YEAR, person, PARTNER).reserved());
    }

    @Test
    void a_slot_loaded_from_the_database_is_shared_and_a_rejection_reserves_nothing() {
        QuotaTally tally = new QuotaTally();
        tally.year(YEAR, 5, 5, 0);
        UUID trained = UUID.randomUUID();
        tally.slot(YEAR, trained, SlotState.TRAINED);

        assertTrue(tally.decide(true, YEAR, trained, PARTNER).accepted());
        assertEquals(EnrollmentRejected.PROGRAM_INACTIVE,
                tally.decide(false, YEAR, UUID.randomUUID(), PARTNER).rejectionReason());
        assertEquals(5, tally.factsOf(YEAR, UUID.randomUUID(), PARTNER).reserved());
    }

    @Test
    void a_partners_allocation_counts_the_slots_the_batch_reserved_through_it_only() {
        QuotaTally tally = new QuotaTally();
        tally.year(YEAR, 100, 0, 0);
        tally.allocation(YEAR, PARTNER, 2, 1);

        assertTrue(tally.decide(true, YEAR, UUID.randomUUID(), "LPK-LAIN").reservesSlot());
        assertTrue(tally.decide(true, YEAR, UUID.randomUUID(), PARTNER).reservesSlot());
        assertEquals(EnrollmentRejected.PARTNER_ALLOCATION_EXHAUSTED,
                tally.decide(true, YEAR, UUID.randomUUID(), PARTNER).rejectionReason());
        assertEquals(2, tally.factsOf(YEAR, UUID.randomUUID(), PARTNER).partnerUsed());
        assertNull(tally.factsOf(YEAR, UUID.randomUUID(), "LPK-LAIN").partnerAllocation());
        assertEquals(2, tally.factsOf(YEAR, UUID.randomUUID(), PARTNER).reserved());
    }
}
