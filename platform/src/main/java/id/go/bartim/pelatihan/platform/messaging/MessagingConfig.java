package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** What consumers accept ({@link ExpectedSources}), and when consumption that makes no progress is reported ({@link StuckConsumers}). */
@ConfigMapping(prefix = "app.messaging")
public interface MessagingConfig {

    /** How long a partition may keep failing before the readiness check reports it stuck. */
    @WithDefault("PT2M")
    Duration stuckAfter();

    /** Per topic, the {@code ce_source} of its producer: the only one its consumers accept (SPEC 8). */
    Map<String, String> expectedSource();
}
