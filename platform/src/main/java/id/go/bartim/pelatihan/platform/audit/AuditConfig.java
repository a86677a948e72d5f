package id.go.bartim.pelatihan.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The audit trail's settings. */
@ConfigMapping(prefix = "app.audit")
public interface AuditConfig {

    /** How long a read waits for its audit line to be committed ({@link ReadAudit}) before it is refused. */
    @WithDefault("PT5S")
    Duration readWait();
}
