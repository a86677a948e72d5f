package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;

import java.util.List;

/**
 * Draws the charts of {@code /progress} as inline SVG on the server (SPEC 11: nothing loaded, no script): a progress
 * bar of trained against the target and horizontal bars of counts. Each chart is an image with a title for screen
 * readers; the page puts a table of the same figures beside it. A suppressed count gets no bar, only "&lt;5".
 */
public final class ProgressCharts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 240;
    static final int BAR_SPACE = 330;
    static final int ROW = 30;
    static final int LONGEST_LABEL = 26;

    /** One bar: its label and count. */
    public record Bar(String label, Count count) {
    }

    private ProgressCharts() {
    }

    /** The trained count as a share of the target; an empty bar for a target of 0 or a suppressed count. */
    public static String progress(Count trained, int target) {
        int shown = trained.suppressed() ? 0 : trained.count();
        long filled = Math.round(fraction(shown, target) * (WIDTH - 2));
        String title = "Terlatih " + PageFormat.count(trained) + " dari target " + PageFormat.number(target)
                + (trained.suppressed() ? "" : " (" + PageFormat.percent(shown, target) + ")");
        return open("chart-progress", title, 70)
                + rect(1, 1, WIDTH - 2, 36, Palette.BACKGROUND, Palette.OUTLINE)
                + rect(1, 1, filled, 36, Palette.BAR, null)
                + text(0, 60, escape(PageFormat.count(trained) + " dari " + PageFormat.number(target)
                        + (trained.suppressed() ? "" : " · " + PageFormat.percent(shown, target))), "start")
                + "</svg>";
    }

    /** Horizontal bars, each as long as its count against the largest shown count. */
    public static String bars(String id, String title, List<Bar> bars) {
        int largest = bars.stream().filter(b -> !b.count().suppressed()).mapToInt(b -> b.count().count())
                .max().orElse(0);
        StringBuilder svg = new StringBuilder(open(id, title, Math.max(1, bars.size()) * ROW + 4));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            svg.append(text(0, y + 19, escape(shorten(bar.label())), "start"));
            long length = bar.count().suppressed() ? 0 : Math.round(fraction(bar.count().count(), largest) * BAR_SPACE);
            if (length > 0) {
                svg.append(rect(LABEL_WIDTH, y + 3, length, ROW - 8, Palette.BAR, null));
            }
            svg.append(text(LABEL_WIDTH + length + 6, y + 19, escape(PageFormat.count(bar.count())), "start"));
        }
        return svg.append("</svg>").toString();
    }

    /** {@code part / whole} within 0 and 1; 0 when there is no whole (never NaN). */
    static double fraction(int part, int whole) {
        if (whole <= 0 || part <= 0) {
            return 0;
        }
        return Math.min(1.0, (double) part / whole);
    }

    private static String open(String id, String title, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + id + "\" width=\"" + WIDTH
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\""
                + " aria-labelledby=\"" + id + "-title\"><title id=\"" + id + "-title\">" + escape(title) + "</title>";
    }

    private static String rect(long x, long y, long width, long height, Palette fill, Palette stroke) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\" fill=\""
                + fill.hex + "\"" + (stroke == null ? "" : " stroke=\"" + stroke.hex + "\" stroke-width=\"2\"")
                + "/>";
    }

    private static String text(long x, long y, String escaped, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" fill=\"" + Palette.TEXT.hex + "\" font-size=\"15\""
                + " text-anchor=\"" + anchor + "\">" + escaped + "</text>";
    }

    private static String shorten(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1) + "…";
    }

    /** Text made safe inside SVG markup: program names come from officers' input. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
