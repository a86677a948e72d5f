package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
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
 * Outbox backlog for operators: {@code outbox_backlog} (rows not yet published) and
 * {@code outbox_oldest_age_seconds}. Sampled every few seconds, so a scrape never hits the database. When a sample
 * fails (database down) both read NaN until one succeeds: a frozen last value would keep the alerts silent.
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    PlainStatements statements;

    @Inject
    MeterRegistry registry;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile boolean stale;

    void register(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog", backlog, this::current)
                .description("Outbox rows not yet published to Kafka").register(registry);
        Gauge.builder("outbox.oldest.age.seconds", oldestAgeSeconds, this::current)
                .description("Age of the oldest unpublished outbox row").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try {
            OutboxBacklog sample = QuarkusTransaction.requiringNew().call(() -> OutboxBacklog.read(statements));
            backlog.set(sample.rows());
            oldestAgeSeconds.set(sample.oldestAgeSeconds());
            stale = false;
        } catch (RuntimeException e) {
            stale = true;
            Log.debugf("outbox sample skipped: %s", e.getClass().getSimpleName());
        }
    }

    private double current(AtomicLong value) {
        return stale ? Double.NaN : value.get();
    }

    public long backlog() {
        return backlog.get();
    }
}
