package id.go.bartim.pelatihan.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Limits of the paths anyone may call without a token (SPEC 11): per client address, and on memory. */
@ConfigMapping(prefix = "app.public")
public interface PublicConfig {

    /** Requests a minute one client address may make to the public paths; then 429 (APP_PUBLIC_RATE_LIMIT). */
    @WithDefault("30")
    int rateLimit();

    /**
     * Client addresses counted one by one in a minute; addresses beyond them share one count of the same limit, so
     * many addresses cannot grow the limiter's memory, nor get past it.
     */
    @WithDefault("10000")
    int rateLimitAddresses();

    /**
     * Pages for people anyone may open without a token (disnaker: {@code /verify}, {@code /progress}), limited with
     * the public paths in one count per address: a page that makes the same check as a public path must not be a
     * way around its limit. Their 429 is a short page, not a problem.
     */
    Optional<List<String>> pages();
}
