package id.go.bartim.pelatihan.platform.security;

import io.smallrye.config.ConfigMapping;

/** The two roles of a service (SPEC 2); a role of one service gives nothing on the other. */
@ConfigMapping(prefix = "app.security")
public interface SecurityConfig {

    /** Reads and writes, e.g. {@code rutan-officer}. */
    String officerRole();

    /** Reads only, e.g. {@code rutan-viewer}. */
    String viewerRole();
}
