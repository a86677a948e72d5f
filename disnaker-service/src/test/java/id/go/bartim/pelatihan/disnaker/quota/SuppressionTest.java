package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SPEC 11: counts from 1 to 4 are hidden, and one hidden cell of a breakdown is never derivable from its total. */
class SuppressionTest {

    private static final Count HIDDEN = Count.SUPPRESSED;

    @Test
    void hides_a_single_count_from_1_to_4_and_shows_0_and_5() {
        assertEquals(Count.of(0), Suppression.single(0));
        assertEquals(HIDDEN, Suppression.single(1));
        assertEquals(HIDDEN, Suppression.single(4));
        assertEquals(Count.of(5), Suppression.single(5));
        assertEquals(Count.of(1000), Suppression.single(1000));
    }

    @Test
    void shows_a_breakdown_without_small_cells_as_it_is() {
        assertEquals(List.of(Count.of(12), Count.of(0), Count.of(7)), Suppression.breakdown(List.of(12, 0, 7)));
    }

    @Test
    void hides_the_smallest_other_non_zero_cell_when_exactly_one_cell_is_hidden() {
        assertEquals(List.of(Count.of(40), HIDDEN, Count.of(0), HIDDEN, Count.of(9)),
                Suppression.breakdown(List.of(40, 3, 0, 6, 9)));
    }

    @Test
    void hides_only_the_first_of_equal_smallest_cells_as_the_complement() {
        assertEquals(List.of(HIDDEN, HIDDEN, Count.of(6)), Suppression.breakdown(List.of(2, 6, 6)));
    }

    @Test
    void needs_no_complement_when_two_cells_are_hidden_already() {
        assertEquals(List.of(HIDDEN, HIDDEN, Count.of(5)), Suppression.breakdown(List.of(1, 4, 5)));
    }

    @Test
    void hides_a_lone_small_cell_with_nothing_to_complement_it() {
        assertEquals(List.of(HIDDEN, Count.of(0)), Suppression.breakdown(List.of(2, 0)));
    }

    @Test
    void keeps_every_cell_of_an_empty_breakdown() {
        assertEquals(List.of(), Suppression.breakdown(List.of()));
        assertEquals(List.of(Count.of(0), Count.of(0)), Suppression.breakdown(List.of(0, 0)));
    }
}
