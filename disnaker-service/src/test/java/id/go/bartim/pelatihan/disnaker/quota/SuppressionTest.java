package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 11: counts from 1 to 4 are hidden, and no hidden count of a breakdown can be derived from its total. */
class SuppressionTest {

    private static final Count SMALL = Count.SMALL;
    private static final Count OTHER = Count.COMPLEMENT;

    @Test
    void hides_a_single_count_from_1_to_4_and_shows_0_and_5() {
        assertEquals(Count.of(0), Suppression.single(0));
        assertEquals(SMALL, Suppression.single(1));
        assertEquals(SMALL, Suppression.single(4));
        assertEquals(Count.of(5), Suppression.single(5));
        assertEquals(Count.of(1000), Suppression.single(1000));
    }

    @Test
    void shows_a_breakdown_without_small_cells_as_it_is() {
        assertSafe(List.of(Count.of(12), Count.of(0), Count.of(7)), List.of(12, 0, 7));
    }

    @Test
    void hides_the_smallest_other_non_zero_cell_when_one_cell_is_small() {
        // 3 + 6 = 9 hidden: 1 + 5 at the least, 3 more: the 3 could be 1 to 4
        assertSafe(List.of(Count.of(40), SMALL, Count.of(0), OTHER, Count.of(9)), List.of(40, 3, 0, 6, 9));
    }

    @Test
    void hides_one_more_cell_while_the_hidden_sum_would_pin_the_small_ones() {
        // [1, 100] of 101: hiding 100 too leaves the sum 101, 95 above its least
        assertSafe(List.of(SMALL, OTHER), List.of(1, 100));
        // [1, 1, 100]: two small cells sum to 2, which pins both at 1; 100 is hidden too
        assertSafe(List.of(SMALL, SMALL, OTHER), List.of(1, 1, 100));
        // [1, 5, 100]: hiding 1 and 5 gives 6, which pins them (1 + 5); 100 is hidden too
        assertSafe(List.of(SMALL, OTHER, OTHER), List.of(1, 5, 100));
    }

    @Test
    void needs_no_complement_when_the_small_cells_hidden_already_leave_room() {
        assertSafe(List.of(SMALL, SMALL, Count.of(5)), List.of(2, 4, 5));
    }

    @Test
    void hides_only_the_first_of_equal_smallest_cells_as_the_complement() {
        assertSafe(List.of(SMALL, OTHER, Count.of(7)), List.of(2, 7, 7));
        // 2 + 6 = 8 is 2 above its least: the 2 could only be 1 to 3; the second 6 is hidden too
        assertSafe(List.of(SMALL, OTHER, OTHER), List.of(2, 6, 6));
    }

    @Test
    void is_not_safe_when_even_every_non_zero_cell_hidden_pins_a_small_one() {
        assertFalse(Suppression.breakdown(List.of(2, 0)).safe());
        assertFalse(Suppression.breakdown(List.of(1, 5)).safe());
        assertTrue(Suppression.breakdown(List.of(3, 6)).safe());
        assertFalse(Suppression.breakdown(List.of(2, 6)).safe());
    }

    @Test
    void withholds_every_count_but_zero_when_told_to() {
        assertEquals(List.of(SMALL, OTHER, Count.of(0)), Suppression.withheld(List.of(2, 9, 0)));
        assertEquals(OTHER, Suppression.withheld(11));
        assertEquals(Count.of(0), Suppression.withheld(0));
    }

    @Test
    void keeps_every_cell_of_an_empty_breakdown() {
        assertSafe(List.of(), List.of());
        assertSafe(List.of(Count.of(0), Count.of(0)), List.of(0, 0));
    }

    private static void assertSafe(List<Count> expected, List<Integer> cells) {
        Suppression.Breakdown breakdown = Suppression.breakdown(cells);
        assertEquals(expected, breakdown.cells());
        assertTrue(breakdown.safe(), cells::toString);
    }
}
