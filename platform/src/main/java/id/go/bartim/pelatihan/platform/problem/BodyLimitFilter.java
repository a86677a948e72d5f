package id.go.bartim.pelatihan.platform.problem;

import java.time.Duration;
import java.util.function.Predicate;

import id.go.bartim.pelatihan.platform.security.BearerTokens;
import id.go.bartim.pelatihan.platform.web.HttpConfig;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.inject.Inject;

/**
 * Guards request bodies before anything else touches them (SPEC 2, 8): refuses one over 1 MiB with a problem document
 * (413), gives every body a bounded time to arrive ({@link BodyDeadline}), and reads the body of a request whose
 * bearer token verifies whole on the I/O thread before the request goes on (see {@link #readsAhead}). Quarkus REST
 * reads the body of a blocking endpoint (all of ours: they use JDBC) on the worker thread, from a stream the I/O
 * thread feeds chunk by chunk, the worker waiting on it twice per request (for the data, then for the end); a body
 * already read is handed over as a byte array instead, which spares the worker those waits and the service their CPU
 * on every request with a body. Nothing is read or kept for a client whose token does not verify, and a body is
 * held only as far as it has arrived (at most 1 MiB, for at most the body timeout), never sized by what it announces.
 */
public class BodyLimitFilter {

    static final long MAX_BODY_BYTES = 1024L * 1024L;
    /** Routing-context key: this filter answered {@code Expect: 100-continue}, so the body is on its way. */
    private static final String CONTINUE_SENT = BodyLimitFilter.class.getName() + ".continue-sent";

    private final Predicate<String> verifiesCredentials;
    private final Duration bodyTimeout;

    @Inject
    BodyLimitFilter(BearerTokens tokens, HttpConfig http) {
        this(tokens::verifies, http.bodyTimeout());
    }

    /** {@code verifiesCredentials} is asked with the {@code Authorization} header: does its token verify? */
    BodyLimitFilter(Predicate<String> verifiesCredentials, Duration bodyTimeout) {
        this.verifiesCredentials = verifiesCredentials;
        this.bodyTimeout = bodyTimeout;
    }

    // Runs right after ResponseHeaders, so an answer given here carries its headers too
    @RouteFilter(Integer.MAX_VALUE - 1)
    void limit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!declaresBody(request)) {
            rc.next();
            return;
        }
        BodyDeadline deadline = BodyDeadline.start(rc, bodyTimeout);
        if (declaredLength(request) > MAX_BODY_BYTES) {
            refuse(rc, deadline);
        } else if (readsAhead(request) && verifiesCredentials.test(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            if (request.headers().contains(HttpHeaders.EXPECT)) {
                rc.put(CONTINUE_SENT, Boolean.TRUE);
                rc.response().writeContinue();
            }
            readWhole(rc, deadline);
        } else {
            rc.next();
        }
    }

    /** A length above 0, or chunked over HTTP/1.x: without either a request has no body (RFC 9112 6.3). */
    private static boolean declaresBody(HttpServerRequest request) {
        return declaredLength(request) > 0
                || request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Whether to read the body here, if its bearer token verifies (asked last, as the one check that costs): an
     * HTTP/1.x request with a body not yet read to its end, that carries credentials and expects nothing. A token
     * that does not verify leaves the body unread for authentication to refuse, so a client with a forged header
     * gets nothing read or kept. With {@code Expect: 100-continue} and a length, Quarkus sends the 100 only once the
     * security checks let the request in (a length over 1 MiB is refused here first, unsent). With
     * {@code Expect: 100-continue} and a chunked body (no length to refuse up front), this filter sends the 100 and
     * reads the body, as for one sent without waiting: left to Quarkus, a chunked body past the limit got an empty
     * 413, not a problem document. Not over HTTP/2: Quarkus REST pauses the request when it takes it, which Vert.x
     * refuses once an HTTP/2 request has been read to its end ("Request has already been read", a 500), so HTTP/2
     * bodies are still read the way Quarkus reads them.
     */
    static boolean readsAhead(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 || request.isEnded()
                || !request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        if (request.headers().contains(HttpHeaders.EXPECT)) {
            return declaredLength(request) < 0
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT).trim());
        }
        return true;
    }

    /**
     * Collects the body as it arrives (never allocated ahead by its declared length, which a client can announce and
     * never send), then hands it on as Vert.x's body handler would; refuses it once it passes 1 MiB.
     */
    private static void readWhole(RoutingContext rc, BodyDeadline deadline) {
        HttpServerRequest request = rc.request();
        deadline.reading();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + (long) chunk.length() > MAX_BODY_BYTES) {
                refuse(rc, deadline);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(deadline::failed);
        request.endHandler(end -> {
            deadline.arrived();
            // Marked as read by a body handler: one placed later (none of ours) passes the request on.
            ((RoutingContextInternal) rc).visitHandler(RoutingContextInternal.BODY_HANDLER);
            ((RoutingContextInternal) rc).setBody(body);
            rc.next();
        });
        request.resume();
    }

    /**
     * 413 as a problem document. The rest of the body is read and dropped, never held ({@link BodyDeadline#drain}),
     * so a client somewhat over the limit gets its answer and keeps its connection; one that sends more, or too
     * slowly, has its connection closed. A client that waits for a {@code 100 Continue} it was not sent never sent
     * its body: its connection is closed after the answer, or its next request would be read as that body.
     */
    private static void refuse(RoutingContext rc, BodyDeadline deadline) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE);
        String problem = Json.encode(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                "The request body is larger than 1 MiB", null));
        if (request.version() != HttpVersion.HTTP_2 && !request.isEnded()
                && request.headers().contains(HttpHeaders.EXPECT) && rc.get(CONTINUE_SENT) == null) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            deadline.closeAfter(response.end(problem));
            return;
        }
        if (request.isEnded()) {
            deadline.arrived();
        } else {
            deadline.drain();
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
