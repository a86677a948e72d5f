package id.go.bartim.pelatihan.platform.problem;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Refuses bodies over 1 MiB with a problem document before anything reads them (SPEC 2: 413), and reads a request's
 * body whole on the I/O thread before the request goes on (see {@link #readAhead}). Quarkus REST reads the body of a
 * blocking endpoint (all of ours: they use JDBC) on the worker thread, from a stream the I/O thread feeds chunk by
 * chunk, the worker waiting on it twice per request (for the data, then for the end); a body already read is handed
 * over as a byte array instead, which spares the worker those waits and the service their CPU on every request with a
 * body. Bodies are at most 1 MiB, so holding one in memory is fine.
 */
public class BodyLimitFilter {

    static final long MAX_BODY_BYTES = 1024L * 1024L;
    /** How much of a refused body is read and dropped before the connection is closed instead. */
    static final long MAX_DRAINED_BYTES = 2 * MAX_BODY_BYTES;
    /** Routing-context key: this filter answered {@code Expect: 100-continue}, so the body is on its way. */
    private static final String CONTINUE_SENT = BodyLimitFilter.class.getName() + ".continue-sent";

    @RouteFilter(Integer.MAX_VALUE)
    void limit(RoutingContext rc) {
        if (declaredLength(rc.request()) > MAX_BODY_BYTES) {
            refuse(rc);
        } else if (readAhead(rc.request())) {
            if (rc.request().headers().contains(HttpHeaders.EXPECT)) {
                rc.put(CONTINUE_SENT, Boolean.TRUE);
                rc.response().writeContinue();
            }
            readWhole(rc);
        } else {
            rc.next();
        }
    }

    /**
     * Whether to read the body here: an HTTP/1.x request that declares one (a length above 0, or chunked: without
     * either it has none, RFC 9112 6.3), not yet read to its end, that carries credentials and expects nothing.
     * Without {@code Authorization} the request will be refused unread (authentication runs after this filter), so
     * a client that sends no credentials at all cannot make the service hold its body (one that sends a forged
     * header gets at most 1 MiB held until its token is refused, as for any request with a body). With
     * {@code Expect: 100-continue} and a length, Quarkus sends the 100 only once the security checks let the request
     * in (a length over 1 MiB is refused here first, unsent). With {@code Expect: 100-continue} and a chunked body
     * (no length to refuse up front), this filter sends the 100 and reads the body, as for one sent without waiting:
     * left to Quarkus, a chunked body past the limit got an empty 413, not a problem document. Not over
     * HTTP/2: Quarkus REST pauses the request when it takes it, which Vert.x refuses once an HTTP/2 request has been
     * read to its end ("Request has already been read", a 500), so HTTP/2 bodies are still read the way Quarkus
     * reads them.
     */
    static boolean readAhead(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 || request.isEnded()
                || !request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (request.headers().contains(HttpHeaders.EXPECT)) {
            return chunked && declaredLength(request) < 0
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT).trim());
        }
        return declaredLength(request) > 0 || chunked;
    }

    /** Collects the body, then hands it on as Vert.x's body handler would; refuses it once it passes 1 MiB. */
    private static void readWhole(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long declared = declaredLength(request);
        Buffer body = Buffer.buffer(declared > 0 ? (int) declared : 1024);
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (body.length() + (long) chunk.length() > MAX_BODY_BYTES) {
                refused[0] = true;
                refuse(rc);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(rc::fail);
        request.endHandler(end -> {
            if (!refused[0]) {
                // Marked as read by a body handler: one placed later (none of ours) passes the request on.
                ((RoutingContextInternal) rc).visitHandler(RoutingContextInternal.BODY_HANDLER);
                ((RoutingContextInternal) rc).setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    /**
     * 413 as a problem document. Over HTTP/1.x the rest of the body is read and dropped (never held), up to
     * {@link #MAX_DRAINED_BYTES}, so a client somewhat over the limit gets its answer and keeps its connection; one
     * that sends more has its connection closed. A client that waits for a {@code 100 Continue} it was not sent
     * never sent its body: its connection is closed after the answer, or its next request would be read as that body.
     */
    private static void refuse(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        HttpServerResponse response = rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE);
        String problem = Json.encode(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                "The request body is larger than 1 MiB", null));
        if (http1 && !request.isEnded() && request.headers().contains(HttpHeaders.EXPECT)
                && rc.get(CONTINUE_SENT) == null) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(problem).onComplete(sent -> request.connection().close());
            return;
        }
        if (!request.isEnded()) {
            long[] dropped = {0};
            request.handler(chunk -> {
                dropped[0] += chunk.length();
                if (http1 && dropped[0] > MAX_DRAINED_BYTES) {
                    request.connection().close();
                }
            }).resume();
        }
        response.end(problem);
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
