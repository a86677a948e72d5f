package id.go.bartim.pelatihan.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the outbox relay; the broker address is the standard {@code kafka.bootstrap.servers}. */
@ConfigMapping(prefix = "app.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code ce_source} of everything this service publishes. */
    String source();

    /** Longest wait between two looks at the outbox when no commit woke the relay. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /** Longest pause between attempts while the broker is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept (for diagnosis) before retention deletes them ({@link OutboxRetention}). */
    @WithDefault("P7D")
    Duration retention();

    /** Whether the relay runs in this process at all. */
    @WithDefault("true")
    boolean enabled();
}
