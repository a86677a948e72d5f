package id.go.bartim.pelatihan.platform.problem;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Refuses bodies over 1 MiB with a problem document before anything reads them (SPEC 2: 413). */
public class BodyLimitFilter {

    static final long MAX_BODY_BYTES = 1024L * 1024L;

    @RouteFilter(Integer.MAX_VALUE)
    void limit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && tooLong(length)) {
            Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                    "The request body is larger than 1 MiB", null);
            rc.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
            return;
        }
        rc.next();
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
