package id.go.bartim.pelatihan.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/**
 * When retention runs and how long the lines both services keep are kept (SPEC 9). Each service maps its own period
 * under the same prefix ({@code app.retention.inmate}, {@code app.retention.participant}).
 */
@ConfigMapping(prefix = "app.retention")
public interface RetentionConfig {

    /**
     * Quartz cron of the daily run, in Asia/Jakarta ({@code APP_RETENTION_CRON}); read by {@link Retention}'s
     * {@code @Scheduled}, so its default is in the platform's microprofile-config.properties.
     */
    String cron();

    /**
     * Whether the daily run starts by itself ({@code APP_RETENTION_SCHEDULED}). Off in the tests, which run it with a
     * clock of their own: a run at the real 01:30 would judge their data by today.
     */
    @WithDefault("true")
    boolean scheduled();

    /** How long audit lines are kept ({@code APP_RETENTION_AUDIT}). */
    @WithDefault("P5Y")
    Period audit();
}
