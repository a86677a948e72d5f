package id.go.bartim.pelatihan.disnaker.participant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** How long disnaker keeps a participant's identity (SPEC 9); the run itself is the platform's. */
@ConfigMapping(prefix = "app.retention")
public interface ParticipantRetentionConfig {

    /** {@code APP_RETENTION_PARTICIPANT}: after the end of the last quota year, the participant is anonymised. */
    @WithDefault("P5Y")
    Period participant();
}
