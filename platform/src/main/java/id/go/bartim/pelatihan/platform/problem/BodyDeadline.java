package id.go.bartim.pelatihan.platform.problem;

import java.time.Duration;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * The time a request's body has to arrive, counted from its headers (SPEC 8, {@code app.http.body-timeout}), and
 * what becomes of a body nobody reads. A client that announces a body and sends it slowly or never is cut off when
 * the time is up, authenticated or not: answered 408 while {@link BodyLimitFilter} reads the body, else its
 * connection is closed (over HTTP/2, its stream reset). A request answered before its body was read (authentication
 * refuses one without reading it) has the rest of its body read and dropped, never held, so the connection serves
 * the client's next request, unless the body does not come in time. Runs on the request's event loop throughout.
 */
final class BodyDeadline {

    /** How much of a body nobody reads is dropped before the connection is closed instead. */
    static final long MAX_DRAINED_BYTES = 2 * BodyLimitFilter.MAX_BODY_BYTES;

    /**
     * Where Quarkus REST keeps, on the request's context, the template of the route a request matched; Micrometer's
     * {@code uri} tag takes it, else the raw path (SPEC 8: never the raw path). While the filter reads a body no
     * route has matched yet, so a client that goes away then is counted under this fixed name instead.
     */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final String NO_ROUTE = "UNKNOWN";
    /** RST_STREAM codes (RFC 9113 7): done with the stream; given up on it. */
    private static final long NO_ERROR = 0x0;
    private static final long CANCEL = 0x8;

    private enum State { PASSED_ON, READING, DRAINING, DONE }

    private final RoutingContext rc;
    private final Context context;
    private final Duration timeout;
    private final long timer;
    private State state = State.PASSED_ON;

    private BodyDeadline(RoutingContext rc, Duration timeout) {
        this.rc = rc;
        this.context = ((HttpServerRequestInternal) rc.request()).context();
        this.timeout = timeout;
        this.timer = rc.vertx().setTimer(Math.max(1, timeout.toMillis()), id -> expired());
        rc.addEndHandler(sent -> context.runOnContext(v -> answered(sent.succeeded())));
    }

    /** Starts the time of a request that announced a body; until told otherwise, the body is left to the routes. */
    static BodyDeadline start(RoutingContext rc, Duration timeout) {
        return new BodyDeadline(rc, timeout);
    }

    /** The filter reads the body: until it has, the request is the filter's to answer. */
    void reading() {
        state = State.READING;
        context.putLocal(URL_PATH_TEMPLATE, NO_ROUTE);
    }

    /** The whole body has arrived. */
    void arrived() {
        finish();
    }

    /**
     * Reading the body failed. A client that went away is no failure of the service: nothing to answer, nothing to
     * log (the error handler's line would name the raw path). The name kept for the metrics stays: the request is
     * counted after this.
     */
    void failed(Throwable failure) {
        state = State.DONE;
        rc.vertx().cancelTimer(timer);
        if (!(failure instanceof HttpClosedException)) {
            rc.fail(failure);
        }
    }

    /** Reads what is left of the body and drops it; over HTTP/1.x, closes the connection past MAX_DRAINED_BYTES. */
    void drain() {
        HttpServerRequest request = rc.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        leaveReading();
        state = State.DRAINING;
        long[] dropped = {0};
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (http1 && dropped[0] > MAX_DRAINED_BYTES) {
                request.connection().close();
            }
        });
        request.exceptionHandler(ignored -> finish());
        request.endHandler(end -> finish());
        request.resume();
    }

    /** Closes the connection once {@code answer} is sent: the client's next bytes would be read as its body. */
    void closeAfter(Future<Void> answer) {
        finish();
        answer.onComplete(sent -> rc.request().connection().close());
    }

    private void expired() {
        HttpServerRequest request = rc.request();
        if (state == State.DONE || state == State.PASSED_ON && request.isEnded()) {
            return;
        }
        if (state == State.READING && !rc.response().headWritten()) {
            finish();
            long seconds = Math.max(1, timeout.toSeconds());
            closeAfter(rc.response().setStatusCode(408).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(new Problem(Problem.TYPE_BASE + "request-timeout", "Request timeout", 408,
                            "The request body did not arrive within " + seconds + " s", null))));
            return;
        }
        finish();
        cutOff(CANCEL);
    }

    /** The response has ended ({@code sent}) or the connection closed first: a body still due must not linger. */
    private void answered(boolean sent) {
        HttpServerRequest request = rc.request();
        if (!sent) {
            failed(new HttpClosedException("closed before the answer was sent"));
        } else if (request.isEnded()) {
            finish();
        } else if (state == State.PASSED_ON || state == State.READING) {
            if (request.version() == HttpVersion.HTTP_2) {
                finish();
                cutOff(NO_ERROR);
            } else if (request.headers().contains(HttpHeaders.EXPECT)) {
                // The client waits for a 100 Continue nobody sent: what it sends next is not that body
                finish();
                cutOff(NO_ERROR);
            } else {
                drain();
            }
        }
    }

    private void cutOff(long http2Code) {
        HttpServerRequest request = rc.request();
        if (request.version() == HttpVersion.HTTP_2) {
            rc.response().reset(http2Code);
        } else {
            request.connection().close();
        }
    }

    private void finish() {
        leaveReading();
        state = State.DONE;
        rc.vertx().cancelTimer(timer);
    }

    private void leaveReading() {
        if (state == State.READING) {
            context.removeLocal(URL_PATH_TEMPLATE);
        }
    }
}
