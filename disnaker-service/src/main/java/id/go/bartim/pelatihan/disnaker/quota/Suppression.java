package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression of the public progress (SPEC 11): a count from 1 to 4 could point at a person, so it is
 * shown as "&lt;5" ({@code null}, suppressed). In a breakdown shown beside its total, one hidden cell could be
 * recovered by subtraction; so when exactly one cell is hidden, the smallest other non-zero cell is hidden too
 * (complementary suppression, docs/data-protection.md).
 */
public final class Suppression {

    /** Counts below this, and above zero, are hidden. */
    public static final int SMALLEST_SHOWN = 5;

    private Suppression() {
    }

    /** One count on its own: hidden when from 1 to 4. */
    public static Count single(int count) {
        return hidden(count) ? Count.SUPPRESSED : Count.of(count);
    }

    /** The cells of a breakdown whose total is shown, in their order, each shown or hidden. */
    public static List<Count> breakdown(List<Integer> cells) {
        boolean[] hide = new boolean[cells.size()];
        int hiddenCells = 0;
        for (int i = 0; i < cells.size(); i++) {
            hide[i] = hidden(cells.get(i));
            hiddenCells += hide[i] ? 1 : 0;
        }
        if (hiddenCells == 1) {
            int complement = -1;
            for (int i = 0; i < cells.size(); i++) {
                int cell = cells.get(i);
                if (!hide[i] && cell > 0 && (complement < 0 || cell < cells.get(complement))) {
                    complement = i;
                }
            }
            if (complement >= 0) {
                hide[complement] = true;
            }
        }
        List<Count> counts = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            counts.add(hide[i] ? Count.SUPPRESSED : Count.of(cells.get(i)));
        }
        return counts;
    }

    private static boolean hidden(int count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }
}
