package id.go.bartim.pelatihan.platform.web;

import id.go.bartim.pelatihan.platform.problem.Problem;
import io.quarkus.logging.Log;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits the paths anyone may call without a token ({@code /api/v1/public/}, SPEC 11) to {@code app.public.rate-limit}
 * requests a minute per client address; the rest get 429 with {@code Retry-After}. A route filter, not a JAX-RS one: it
 * answers before authentication, body reading or a worker thread, and it covers pages that are not JAX-RS resources.
 * The address is the connection's, or the forwarded one when Quarkus is told to trust a proxy
 * ({@code quarkus.http.proxy.*}, docs/operating.md).
 */
@Singleton
public class PublicRateLimitFilter {

    /** Paths anyone may call without a token. */
    public static final String PUBLIC_PATHS = "/api/v1/public/";

    private final RateLimiter limiter;
    private final Clock clock;

    @Inject
    PublicRateLimitFilter(PublicConfig config, Clock clock) {
        this.limiter = new RateLimiter(config.rateLimit(), config.rateLimitAddresses(), Duration.ofMinutes(1));
        this.clock = clock;
    }

    // Runs after ResponseHeaders (an answer given here carries its headers) and BodyLimitFilter (the public paths are
    // read-only: a body there is refused or read as anywhere else)
    @RouteFilter(Integer.MAX_VALUE - 2)
    void limit(RoutingContext rc) {
        String path = rc.normalizedPath();
        SocketAddress client = rc.request().remoteAddress();
        if (path == null || !path.startsWith(PUBLIC_PATHS) || client == null) {
            rc.next();
            return;
        }
        RateLimiter.Decision decision = limiter.acquire(client.hostAddress(), clock.instant());
        if (decision.allowed()) {
            rc.next();
            return;
        }
        Log.debugf("public rate limit reached, retry after %d s", decision.retryAfterSeconds());
        rc.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .end(Json.encode(new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                        "Too many requests from this address; try again after Retry-After seconds", null)));
    }
}
