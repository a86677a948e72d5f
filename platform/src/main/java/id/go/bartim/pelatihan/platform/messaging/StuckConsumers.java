package id.go.bartim.pelatihan.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where consumption makes no progress: a partition whose event keeps failing (the database is down, say) is
 * retried in place for as long as it takes, which keeps per-key order but holds the partition; a channel that
 * threw is stopped until a restart. The health checks report both ({@code ConsumerHealthCheck}: not ready once a
 * partition has been failing longer than {@code app.messaging.stuck-after}; {@code ConsumerChannelsLiveness}: not
 * live once a channel stopped), so an operator or the orchestrator learns of it instead of a silent stall.
 */
@ApplicationScoped
public class StuckConsumers {

    private final ConcurrentMap<String, Instant> failingSince = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> stopped = new ConcurrentHashMap<>();
    private final Duration stuckAfter;
    private final Clock clock;

    @Inject
    StuckConsumers(MessagingConfig config) {
        this(config.stuckAfter(), Clock.systemUTC());
    }

    StuckConsumers(Duration stuckAfter, Clock clock) {
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    /** For tests and tools: a tracker outside CDI with its own limit. */
    public static StuckConsumers withLimit(Duration stuckAfter) {
        return new StuckConsumers(stuckAfter, Clock.systemUTC());
    }

    /** {@code where} (consumer and partition) failed again; the first failure starts the clock. */
    public void failing(String where) {
        failingSince.putIfAbsent(where, clock.instant());
    }

    /** {@code where} made progress. */
    public void recovered(String where) {
        failingSince.remove(where);
    }

    /** A channel's method threw: SmallRye stops the channel, nothing more is consumed on it until a restart. */
    public void stopped(String consumer, Throwable failure) {
        stopped.put(consumer, failure.getClass().getName());
    }

    /** Partitions failing for longer than {@code app.messaging.stuck-after}, with the time they started failing. */
    public Map<String, Instant> stuck() {
        Instant limit = clock.instant().minus(stuckAfter);
        Map<String, Instant> stuck = new TreeMap<>();
        failingSince.forEach((where, since) -> {
            if (!since.isAfter(limit)) {
                stuck.put(where, since);
            }
        });
        return stuck;
    }

    /** Every partition failing at the moment, stuck or not yet. */
    public Map<String, Instant> failing() {
        return new TreeMap<>(failingSince);
    }

    /** Channels stopped by a failure, with its class. */
    public Map<String, String> stopped() {
        return new TreeMap<>(stopped);
    }
}
