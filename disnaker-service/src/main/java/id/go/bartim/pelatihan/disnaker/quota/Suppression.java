package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression of the public progress (SPEC 11): a count from 1 to 4 could point at a person, so it is
 * shown as "&lt;5" ({@code null}, suppressed). The cells of a breakdown add up to its total, which is shown too: from
 * the total, anyone can work out the sum of the hidden cells, and from that sum, when it is small, the hidden cells
 * themselves ([1, 100] of 101: the hidden one is 1; [1, 5, 100] hiding 1 and 5: they sum to 6, a small one is at least
 * 1 and a complement at least 5, so they are 1 and 5). So other cells are hidden too (complements), smallest first,
 * until at least two cells are hidden and their sum exceeds the least it could be by {@link #MARGIN}, so that each
 * hidden small count could be any of 1 to 4. A breakdown where even hiding every non-zero cell is not enough is not safe:
 * the caller then withholds the total and every breakdown of it (docs/data-protection.md).
 */
public final class Suppression {

    /** Counts below this, and above zero, are hidden. */
    public static final int SMALLEST_SHOWN = 5;
    /**
     * How far the hidden cells' sum must exceed the least it could be (1 per small cell, 5 per complement): with 3 to
     * spare, each hidden small count could be any of 1 to 4.
     */
    static final int MARGIN = SMALLEST_SHOWN - 2;

    private Suppression() {
    }

    /** A breakdown's cells, each shown or hidden, and whether its hidden cells are safe from its total. */
    public record Breakdown(List<Count> cells, boolean safe) {
    }

    /** One count on its own: hidden when from 1 to 4. */
    public static Count single(int count) {
        return small(count) ? Count.SMALL : Count.of(count);
    }

    /** A count withheld because a breakdown of it was not safe: hidden whatever it is, unless 0. */
    public static Count withheld(int count) {
        return count == 0 ? Count.of(0) : small(count) ? Count.SMALL : Count.COMPLEMENT;
    }

    /** The cells of a breakdown whose total is shown, in their order: small ones hidden, and their complements. */
    public static Breakdown breakdown(List<Integer> cells) {
        List<Count> counts = new ArrayList<>(cells.size());
        int hiddenSmall = 0;
        int hiddenSum = 0;
        for (int cell : cells) {
            counts.add(single(cell));
            if (small(cell)) {
                hiddenSmall++;
                hiddenSum += cell;
            }
        }
        if (hiddenSmall == 0) {
            return new Breakdown(counts, true);
        }
        int complements = 0;
        while (hiddenSmall + complements < 2 || hiddenSum - hiddenSmall - SMALLEST_SHOWN * complements < MARGIN) {
            int next = smallestShown(cells, counts);
            if (next < 0) {
                return new Breakdown(counts, false);
            }
            counts.set(next, Count.COMPLEMENT);
            complements++;
            hiddenSum += cells.get(next);
        }
        return new Breakdown(counts, true);
    }

    /** Every cell withheld: what a breakdown shows when it, or another breakdown of the same total, is not safe. */
    public static List<Count> withheld(List<Integer> cells) {
        return cells.stream().map(Suppression::withheld).toList();
    }

    /** The first of the smallest cells still shown and above zero; -1 when there is none. */
    private static int smallestShown(List<Integer> cells, List<Count> counts) {
        int found = -1;
        for (int i = 0; i < cells.size(); i++) {
            int cell = cells.get(i);
            if (!counts.get(i).suppressed() && cell > 0 && (found < 0 || cell < cells.get(found))) {
                found = i;
            }
        }
        return found;
    }

    private static boolean small(int count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }
}
