package id.go.bartim.pelatihan.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/**
 * Latency timers as Prometheus histograms with fixed buckets ({@code _bucket{le=...}}), which add up across replicas
 * and give {@code histogram_quantile} over any set of them; client-side percentiles would not. Fixed, few buckets per
 * timer (not Micrometer's ~70 default ones), chosen around what each measures.
 */
@Singleton
public class LatencyHistograms implements MeterFilter {

    /** Buckets by timer name (Micrometer's dotted name). */
    static final Map<String, Duration[]> BUCKETS = Map.of(
            "http.server.requests", seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            "enrollment.decision.latency", seconds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900),
            "outbox.publish.lag", seconds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300));

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        Duration[] buckets = BUCKETS.get(id.getName());
        if (buckets == null || id.getType() != Meter.Type.TIMER) {
            return config;
        }
        double[] nanos = new double[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            nanos[i] = buckets[i].toNanos();
        }
        return DistributionStatisticConfig.builder()
                .percentilesHistogram(false)
                .serviceLevelObjectives(nanos)
                .build()
                .merge(config);
    }

    private static Duration[] seconds(double... values) {
        Duration[] buckets = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            buckets[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
        }
        return buckets;
    }
}
