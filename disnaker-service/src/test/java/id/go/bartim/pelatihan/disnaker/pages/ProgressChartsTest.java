package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-drawn charts of /progress: proportional, "<5" for a suppressed count, always a number. */
class ProgressChartsTest {

    private static final Pattern BAR = Pattern.compile("<rect x=\"" + ProgressCharts.LABEL_WIDTH
            + "\" y=\"[0-9]+\" width=\"([0-9]+)\"");

    @Test
    void draws_bars_proportional_to_their_counts_the_largest_filling_the_space() {
        String svg = ProgressCharts.bars("c", "Judul", List.of(new ProgressCharts.Bar("A", Count.of(20)),
                new ProgressCharts.Bar("B", Count.of(10)), new ProgressCharts.Bar("C", Count.of(5))));
        assertEquals(List.of(ProgressCharts.BAR_SPACE, (int) Math.round(ProgressCharts.BAR_SPACE * 0.5),
                (int) Math.round(ProgressCharts.BAR_SPACE * 0.25)), widths(svg));
    }

    @Test
    void draws_no_bar_for_a_suppressed_count_and_writes_less_than_5() {
        String svg = ProgressCharts.bars("c", "Judul", List.of(new ProgressCharts.Bar("A", Count.of(8)),
                new ProgressCharts.Bar("B", Count.SMALL)));
        assertEquals(List.of(ProgressCharts.BAR_SPACE), widths(svg));
        assertTrue(svg.contains(">&lt;5</text>"), svg);
        assertTrue(svg.contains(">8</text>"), svg);
    }

    @Test
    void draws_an_empty_progress_bar_without_nan_for_a_zero_target() {
        String svg = ProgressCharts.progress(Count.of(0), 0);
        assertFalse(svg.contains("NaN"), svg);
        assertFalse(svg.contains("Infinity"), svg);
        assertTrue(svg.contains("width=\"0\""), svg);
        assertTrue(svg.contains("0,0%"), svg);
    }

    @Test
    void fills_the_progress_bar_in_proportion_and_writes_the_figures_the_indonesian_way() {
        String svg = ProgressCharts.progress(Count.of(250), 1000);
        assertTrue(svg.contains("width=\"" + Math.round((ProgressCharts.WIDTH - 2) * 0.25) + "\""), svg);
        assertTrue(svg.contains("<title id=\"chart-progress-title\">Terlatih 250 dari target 1.000 (25,0%)</title>"),
                svg);
    }

    @Test
    void labels_each_chart_for_screen_readers_and_escapes_names() {
        String svg = ProgressCharts.bars("chart-program", "Terlatih per program",
                List.of(new ProgressCharts.Bar("Las <b>&</b>", Count.of(6))));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"chart-program-title\""), svg);
        assertTrue(svg.contains("<title id=\"chart-program-title\">Terlatih per program</title>"), svg);
        assertTrue(svg.contains("Las &lt;b&gt;&amp;&lt;/b&gt;"), svg);
        assertFalse(svg.contains("<b>"), svg);
    }

    @Test
    void draws_nothing_long_when_every_count_is_zero() {
        String svg = ProgressCharts.bars("c", "Judul", List.of(new ProgressCharts.Bar("A", Count.of(0))));
        assertEquals(List.of(), widths(svg));
        assertFalse(svg.contains("NaN"), svg);
    }

    private static List<Integer> widths(String svg) {
        Matcher bars = BAR.matcher(svg);
        List<Integer> widths = new java.util.ArrayList<>();
        while (bars.find()) {
            widths.add(Integer.parseInt(bars.group(1)));
        }
        return widths;
    }
}
