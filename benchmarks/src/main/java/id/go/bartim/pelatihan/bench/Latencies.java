package id.go.bartim.pelatihan.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A set of measured durations (nanoseconds), sorted once, read as percentiles in milliseconds. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** Nearest-rank percentile, {@code p} in (0, 1]; NaN when empty. */
    double percentileMs(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", sorted.length);
        m.put("p50_ms", percentileMs(0.50));
        m.put("p95_ms", percentileMs(0.95));
        m.put("p99_ms", percentileMs(0.99));
        m.put("max_ms", maxMs());
        return m;
    }
}
