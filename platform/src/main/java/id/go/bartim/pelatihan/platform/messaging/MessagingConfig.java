package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When consumption that makes no progress is reported ({@link StuckConsumers}). */
@ConfigMapping(prefix = "app.messaging")
public interface MessagingConfig {

    /** How long a partition may keep failing before the readiness check reports it stuck. */
    @WithDefault("PT2M")
    Duration stuckAfter();
}
