package id.go.bartim.pelatihan.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The two roles of a service (SPEC 2; a role of one service gives nothing on the other), and the token cache. */
@ConfigMapping(prefix = "app.security")
public interface SecurityConfig {

    /** Reads and writes, e.g. {@code rutan-officer}. */
    String officerRole();

    /** Reads only, e.g. {@code rutan-viewer}. */
    String viewerRole();

    /** How many verified tokens {@link CachingJwtParser} remembers until they expire; 0 verifies every request. */
    @WithDefault("1024")
    int verifiedTokenCacheSize();
}
