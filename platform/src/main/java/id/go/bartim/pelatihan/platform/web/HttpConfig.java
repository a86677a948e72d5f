package id.go.bartim.pelatihan.platform.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the HTTP layer that keep clients, authenticated or not, from holding a service's memory (SPEC 8). */
@ConfigMapping(prefix = "app.http")
public interface HttpConfig {

    /** How long a request's body may take to arrive, from its headers; then the request is cut off. */
    @WithDefault("PT10S")
    Duration bodyTimeout();
}
