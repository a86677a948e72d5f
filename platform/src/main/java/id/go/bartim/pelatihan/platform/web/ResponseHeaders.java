package id.go.bartim.pelatihan.platform.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries (SPEC 8), whoever writes it (a resource, a problem mapper, authentication, the body
 * filter's 413, Quarkus' own {@code /q} endpoints): {@code X-Content-Type-Options: nosniff}, so a browser never runs
 * a body as another type than the one declared; and, under {@code /api}, where the answers carry personal data
 * (problems included: a 404 tells whether a person is known), {@code Cache-Control: no-store}.
 */
public class ResponseHeaders {

    static final String API = "/api/";

    // The first filter of all, so that the answers of those after it carry these headers too
    @RouteFilter(Integer.MAX_VALUE)
    void addHeaders(RoutingContext rc) {
        boolean personal = RequestPaths.asMatched(rc.normalizedPath()).startsWith(API);
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (personal) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        rc.next();
    }
}
