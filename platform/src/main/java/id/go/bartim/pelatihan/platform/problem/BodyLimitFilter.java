package id.go.bartim.pelatihan.platform.problem;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses bodies over 1 MiB with a problem document before anything reads them (SPEC 2: 413), and reads a request's
 * body whole on the I/O thread before the request goes on (HTTP/1.x, see {@link #hasBody}). Quarkus REST reads the
 * body of a blocking endpoint (all of ours: they use JDBC) on the worker thread, from a stream the I/O thread feeds
 * chunk by chunk, the worker waiting on it twice per request (for the data, then for the end); a body already read
 * is handed over as a byte array instead. Measured on {@code POST /api/v1/inmates}: that wait and hand-over were
 * ~9% of the service's CPU per request (async-profiler). Bodies are at most 1 MiB, so holding one in memory is fine.
 */
public class BodyLimitFilter {

    static final long MAX_BODY_BYTES = 1024L * 1024L;

    /** Reads the whole body into the routing context, then calls {@code next()}; no file uploads (JSON only). */
    private static final BodyHandler READ_WHOLE_BODY = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);

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
        if (hasBody(rc.request())) {
            READ_WHOLE_BODY.handle(rc);
        } else {
            rc.next();
        }
    }

    /**
     * An HTTP/1.x request that declares a body: a length above 0, or chunked (without either it has none, RFC 9112
     * 6.3, and a body handler would wait for one). Not over HTTP/2: Quarkus REST pauses the request when it takes
     * it, which Vert.x refuses once an HTTP/2 request has been read to its end ("Request has already been read", a
     * 500), so HTTP/2 bodies are still read the way Quarkus reads them.
     */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0"))
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
