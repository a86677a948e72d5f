package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets a freed seat (SPEC 10), over facts given as values. */
class WaitingListRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLASS_END = LocalDate.of(2026, 4, 24);
    private static final UUID CLASS = UUID.randomUUID();

    private final Map<UUID, RequestFacts> facts = new HashMap<>();
    private final List<UUID> order = new ArrayList<>();
    private int seatsTaken = 2;

    @Test
    void the_first_entry_still_eligible_is_enrolled() {
        UUID first = add(InmateStatus.ACTIVE, CLASS_END.plusMonths(1));
        add(InmateStatus.ACTIVE, null);
        WaitingListRules.Promotion p = next();
        assertEquals(first, p.enroll().orElseThrow().inmateId());
        assertTrue(p.skipped().isEmpty());
    }

    @Test
    void entries_no_longer_eligible_are_skipped_with_their_refusal_and_the_next_is_tried() {
        UUID released = add(InmateStatus.RELEASED, null);
        UUID leavesEarly = add(InmateStatus.ACTIVE, CLASS_END.minusDays(1));
        UUID eligible = add(InmateStatus.ACTIVE, null);
        WaitingListRules.Promotion p = next();
        assertEquals(List.of(released, leavesEarly), p.skipped().stream().map(WaitingListRules.Skip::inmateId).toList());
        assertEquals(List.of(RutanRefusal.INMATE_NOT_ACTIVE, RutanRefusal.RELEASE_BEFORE_CLASS_END),
                p.skipped().stream().map(s -> s.refused().refusal()).toList());
        assertEquals(eligible, p.enroll().orElseThrow().inmateId());
    }

    @Test
    void when_nobody_is_eligible_all_are_skipped_and_nobody_enrolled() {
        add(InmateStatus.TRANSFERRED, null);
        WaitingListRules.Promotion p = next();
        assertEquals(1, p.skipped().size());
        assertTrue(p.enroll().isEmpty());
    }

    @Test
    void a_full_class_enrolls_and_skips_nobody() {
        seatsTaken = 3;
        add(InmateStatus.RELEASED, null);
        add(InmateStatus.ACTIVE, null);
        WaitingListRules.Promotion p = next();
        assertTrue(p.skipped().isEmpty());
        assertTrue(p.enroll().isEmpty());
    }

    @Test
    void an_empty_list_enrolls_nobody() {
        assertTrue(next().enroll().isEmpty());
    }

    private WaitingListRules.Promotion next() {
        return WaitingListRules.next(order, facts, TODAY);
    }

    /** An entry at the end of the line, for a class of 3 seats. */
    private UUID add(InmateStatus status, LocalDate expectedRelease) {
        UUID id = UUID.randomUUID();
        facts.put(id, new RequestFacts(CLASS, "PTK-01", LocalDate.of(2026, 2, 2), CLASS_END, 3, seatsTaken, 0, 0, 80, id,
                "Budi Santoso", null, LocalDate.of(1990, 3, 15), "MALE", "SMP", status, expectedRelease, false));
        order.add(id);
        return id;
    }
}
