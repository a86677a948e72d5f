package id.go.bartim.pelatihan.platform.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The two roles of a service (SPEC 2; a role of one service gives nothing on the other), the limits put on bearer
 * tokens (SPEC 8) and the cache of verified tokens.
 */
@ConfigMapping(prefix = "app.security")
public interface SecurityConfig {

    /** Reads and writes, e.g. {@code rutan-officer}. */
    String officerRole();

    /** Reads only, e.g. {@code rutan-viewer}. */
    String viewerRole();

    /** How many verified tokens {@link CachingJwtParser} remembers until they expire; 0 verifies every request. */
    @WithDefault("1024")
    int verifiedTokenCacheSize();

    /** The longest lifetime ({@code exp} − {@code iat}) a token may have; one without {@code iat} is refused. */
    @WithDefault("PT12H")
    Duration maxTokenLifetime();

    /** How far past its {@code exp} (or before its {@code nbf}) a token is still accepted: clocks differ. */
    @WithDefault("PT30S")
    Duration clockSkew();
}
