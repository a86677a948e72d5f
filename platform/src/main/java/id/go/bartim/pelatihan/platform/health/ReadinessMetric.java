package id.go.bartim.pelatihan.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code health_ready} (SPEC 12): 1 while this replica's readiness checks ({@code /q/health/ready}) are UP, else 0.
 * A replica out of readiness still answers {@code /q/metrics} ({@code up} stays 1) and its database-fed gauges stop
 * moving, so this gauge is what the {@code ServiceNotReady} alert reads. Sampled in the background, never on the
 * scrape thread; a check that throws or does not answer in time counts as not ready.
 */
@ApplicationScoped
public class ReadinessMetric {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    SmallRyeHealthReporter reporter;

    @Inject
    MeterRegistry registry;

    private final AtomicInteger ready = new AtomicInteger();

    void register(@Observes StartupEvent event) {
        Gauge.builder("health.ready", ready, AtomicInteger::get)
                .description("1 while the readiness checks (/q/health/ready) are UP, else 0").register(registry);
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try {
            ready.set(reporter.getReadinessAsync().await().atMost(TIMEOUT).isDown() ? 0 : 1);
        } catch (RuntimeException e) {
            ready.set(0);
            Log.debugf("readiness sample failed: %s", e.getClass().getSimpleName());
        }
    }
}
