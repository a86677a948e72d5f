package id.go.bartim.pelatihan.bench;

import java.util.ArrayList;
import java.util.List;

/** The printed table: one row per figure, with its target and whether it is met. */
final class Report {

    private record Row(String phase, String measure, String value, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    void info(String phase, String measure, String value) {
        rows.add(new Row(phase, measure, value, "", ""));
    }

    void check(String phase, String measure, String value, String target, boolean met) {
        rows.add(new Row(phase, measure, value, target, met ? "MEETS" : "MISSES"));
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.1f ms", v);
    }

    static String percentiles(Latencies l) {
        return String.format("p50 %s  p95 %s  p99 %s  (n=%d)", ms(l.percentileMs(0.5)), ms(l.percentileMs(0.95)),
                ms(l.percentileMs(0.99)), l.count());
    }

    String table() {
        String[] head = {"phase", "measure", "value", "target", ""};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
        }
        for (Row r : rows) {
            String[] cells = cells(r);
            for (int i = 0; i < cells.length; i++) {
                w[i] = Math.max(w[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, head, w);
        StringBuilder rule = new StringBuilder();
        for (int width : w) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        String phase = null;
        for (Row r : rows) {
            String[] cells = cells(r);
            if (r.phase().equals(phase)) {
                cells[0] = "";
            }
            phase = r.phase();
            line(out, cells, w);
        }
        return out.toString();
    }

    private static String[] cells(Row r) {
        return new String[] {r.phase(), r.measure(), r.value(), r.target(), r.verdict()};
    }

    private static void line(StringBuilder out, String[] cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(String.format("%-" + w[i] + "s  ", cells[i]));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
