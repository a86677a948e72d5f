package id.go.bartim.pelatihan.platform.web;

import id.go.bartim.pelatihan.platform.problem.Problem;
import io.quarkus.logging.Log;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Limits the paths anyone may call without a token ({@code /api/v1/public/}, SPEC 11) and the public pages
 * ({@code app.public.pages}) to {@code app.public.rate-limit} requests a minute per client address, all counted
 * together; the rest get 429 with {@code Retry-After}: a problem on the API, a short page on a page. A route filter,
 * not a JAX-RS one: it answers before authentication, body reading or a worker thread. The address is the
 * connection's, or the forwarded one when Quarkus is told to trust a proxy ({@code quarkus.http.proxy.*},
 * docs/operating.md).
 */
@Singleton
public class PublicRateLimitFilter {

    /** Paths anyone may call without a token. */
    public static final String PUBLIC_PATHS = "/api/v1/public/";

    /** The 429 of a page: no script, no style, nothing loaded; the same words as the problem, in Bahasa Indonesia. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>Terlalu banyak permintaan</title></head>
            <body><h1>Terlalu banyak permintaan</h1>
            <p>Terlalu banyak permintaan dari alamat ini. Silakan coba lagi setelah %d detik.</p></body></html>
            """;

    private final RateLimiter limiter;
    private final Clock clock;
    private final List<String> pages;

    @Inject
    PublicRateLimitFilter(PublicConfig config, Clock clock) {
        this.limiter = new RateLimiter(config.rateLimit(), config.rateLimitAddresses(), Duration.ofMinutes(1));
        this.clock = clock;
        this.pages = config.pages().orElse(List.of());
    }

    // Runs after ResponseHeaders (an answer given here carries its headers) and BodyLimitFilter (the public paths are
    // read-only: a body there is refused or read as anywhere else)
    @RouteFilter(Integer.MAX_VALUE - 2)
    void limit(RoutingContext rc) {
        String path = RequestPaths.asMatched(rc.normalizedPath());
        SocketAddress client = rc.request().remoteAddress();
        boolean page = path != null && isPage(path);
        if (path == null || !(page || path.startsWith(PUBLIC_PATHS)) || client == null) {
            rc.next();
            return;
        }
        RateLimiter.Decision decision = limiter.acquire(client.hostAddress(), clock.instant());
        if (decision.allowed()) {
            rc.next();
            return;
        }
        Log.debugf("public rate limit reached, retry after %d s", decision.retryAfterSeconds());
        HttpServerResponse response = rc.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        if (page) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .putHeader("Content-Security-Policy", "default-src 'none'")
                    .end(PAGE.formatted(decision.retryAfterSeconds()));
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                        "Too many requests from this address; try again after Retry-After seconds", null)));
    }

    private boolean isPage(String path) {
        for (String page : pages) {
            if (path.equals(page) || path.startsWith(page + "/")) {
                return true;
            }
        }
        return false;
    }
}
