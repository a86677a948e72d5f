package id.go.bartim.pelatihan.rutan.inmate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** How long the rutan keeps an inmate's identity after they left (SPEC 9); the run itself is the platform's. */
@ConfigMapping(prefix = "app.retention")
public interface InmateRetentionConfig {

    /** {@code APP_RETENTION_INMATE}: after the release or transfer, the inmate is anonymised. */
    @WithDefault("P2Y")
    Period inmate();
}
