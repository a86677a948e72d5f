package id.go.bartim.pelatihan.rutan.enrollment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code enrollments_pending_oldest_age_seconds} (SPEC 8): how long the oldest request still waiting for disnaker's
 * decision has waited, 0 when none waits. Every request gets a decision, so an age that keeps growing means the
 * decisions do not arrive (disnaker, the broker or this service's consumer is stuck). Sampled every few seconds, as
 * the outbox metrics are, so a scrape never reaches the database; NaN while the sample fails (database down), rather
 * than a frozen last value.
 */
@ApplicationScoped
public class PendingEnrollmentsMetric {

    @Inject
    EnrollmentStore store;

    @Inject
    MeterRegistry registry;

    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile boolean stale;

    void register(@Observes StartupEvent event) {
        Gauge.builder("enrollments.pending.oldest.age.seconds", oldestAgeSeconds,
                        age -> stale ? Double.NaN : age.get())
                .description("How long the oldest enrollment request still waiting for disnaker's decision has waited")
                .baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try {
            oldestAgeSeconds.set(QuarkusTransaction.requiringNew().call(store::oldestPendingAgeSeconds));
            stale = false;
        } catch (RuntimeException e) {
            stale = true;
            Log.debugf("pending enrollments sample skipped: %s", e.getClass().getSimpleName());
        }
    }
}
