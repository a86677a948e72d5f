package id.go.bartim.pelatihan.platform.problem;

import id.go.bartim.pelatihan.testing.RawHttp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter on a real Vert.x router, as Quarkus runs it: what the next handler (Quarkus REST) finds. A request's
 * body is already read whole when the request goes on, so a blocking endpoint gets it as a byte array instead of
 * waiting on the I/O thread for it; requests without a body, without credentials that verify (here: the token "x"),
 * expecting 100-continue with a length, or over HTTP/2 go on unread; a body over 1 MiB is refused with a problem
 * document; a body that does not arrive within the body timeout is cut off.
 */
class BodyLimitFilterTest {

    /** The body timeout of {@link #quick}, short so the tests of the timeout take little time. */
    private static final Duration QUICK = Duration.ofSeconds(1);
    /** Time beyond the timeout for the server's timer and a busy machine; far below the 30-minute idle timeout. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    private static Vertx vertx;
    private static HttpServer server;
    private static HttpServer quick;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpClient HTTP2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        server = start(Duration.ofSeconds(10));
        quick = start(QUICK);
    }

    private static HttpServer start(Duration bodyTimeout) throws Exception {
        Router router = Router.router(vertx);
        BodyLimitFilter filter = new BodyLimitFilter("Bearer x"::equals, bodyTimeout);
        router.route().order(-1).handler(filter::limit);
        // What comes next sees the body read or not: it answers with what it found, at once, as authentication
        // answers a request whose token does not verify.
        router.route().handler(rc -> rc.response().end(rc.body() == null || rc.body().buffer() == null
                ? "not read" : "read " + rc.body().buffer().length() + " bytes"));
        return vertx.createHttpServer().requestHandler(router).listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_body_with_a_length_is_read_whole_before_the_request_goes_on() throws Exception {
        HttpResponse<String> r = send(authorized().POST(HttpRequest.BodyPublishers.ofString("{\"inmateId\": \"x\"}")));
        assertEquals(200, r.statusCode());
        assertEquals("read 17 bytes", r.body());
    }

    @Test
    void a_chunked_body_is_read_whole_too() throws Exception {
        byte[] body = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length: the client sends it chunked.
        HttpResponse<String> r = send(authorized().POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))));
        assertEquals("read 100000 bytes", r.body());
    }

    @Test
    void a_body_without_credentials_is_left_unread_for_authentication_to_refuse() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals("not read", r.body());
    }

    @Test
    void a_body_whose_token_does_not_verify_is_left_unread_for_authentication_to_refuse() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri()).header("Authorization", "Bearer forged")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals("not read", r.body());
    }

    @Test
    void a_body_the_client_sends_only_after_100_continue_is_left_to_quarkus_which_checks_security_first()
            throws Exception {
        try (RawHttp connection = connect()) {
            connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n"
                    + "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n");
            // No "100 Continue" from this filter: the next handler answers, the body still unsent.
            String response = connection.readResponse();
            assertTrue(response.startsWith("HTTP/1.1 200") && response.endsWith("not read"), response);
            // Kept open, the client's next request would be read as the body it never sent.
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void a_body_that_never_arrives_is_answered_408_and_its_connection_closed_within_the_timeout() throws Exception {
        try (RawHttp connection = new RawHttp(quick.actualPort())) {
            long begin = System.nanoTime();
            String response = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer x\r\nContent-Type: application/json\r\nContent-Length: "
                    + BodyLimitFilter.MAX_BODY_BYTES + "\r\n\r\n").readResponse();
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(response.toLowerCase().contains("content-type: " + Problem.MEDIA_TYPE), response);
            assertTrue(response.contains("\"type\":\"" + Problem.TYPE_BASE + "request-timeout\""), response);
            assertTrue(connection.closedByServer());
            assertWithinTimeout(begin);
        }
    }

    @Test
    void a_body_that_arrives_too_slowly_is_cut_off_too() throws Exception {
        try (RawHttp connection = new RawHttp(quick.actualPort())) {
            long begin = System.nanoTime();
            String response = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n").readResponse();
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(connection.closedByServer());
            assertWithinTimeout(begin);
        }
    }

    /** Authentication refuses such a request at once, unread: its connection must not wait for the body forever. */
    @Test
    void a_request_answered_before_its_body_came_has_its_connection_closed_when_the_body_never_comes()
            throws Exception {
        for (String credentials : new String[] {"", "Authorization: Bearer forged\r\n"}) {
            try (RawHttp connection = new RawHttp(quick.actualPort())) {
                long begin = System.nanoTime();
                String response = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                        + credentials + "Content-Length: " + BodyLimitFilter.MAX_BODY_BYTES + "\r\n\r\n")
                        .readResponse();
                assertTrue(response.startsWith("HTTP/1.1 200") && response.endsWith("not read"), response);
                assertTrue(connection.closedByServer());
                assertWithinTimeout(begin);
            }
        }
    }

    @Test
    void a_request_answered_before_its_body_came_keeps_its_connection_when_the_body_follows() throws Exception {
        try (RawHttp connection = connect()) {
            String response = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer forged\r\nContent-Length: 100000\r\n\r\n").readResponse();
            assertTrue(response.endsWith("not read"), response);
            connection.write(new byte[100_000]); // read and dropped by the server
            String next = connection.write("GET /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
            assertTrue(next.startsWith("HTTP/1.1 200") && next.endsWith("not read"), next);
        }
    }

    /** A chunked body has no length to refuse up front: the filter lets it come and reads it as any other. */
    @Test
    void a_chunked_body_announced_with_100_continue_is_let_in_and_read_whole() throws Exception {
        try (RawHttp connection = connect()) {
            String interim = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n")
                    .readHead();
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            String response = connection.write("2\r\n{}\r\n0\r\n\r\n").readResponse();
            assertTrue(response.startsWith("HTTP/1.1 200") && response.endsWith("read 2 bytes"), response);
        }
    }

    /** Left to Quarkus, this answered an empty 413 (no problem document) once the body passed 1 MiB. */
    @Test
    void a_chunked_body_over_one_mebibyte_announced_with_100_continue_is_refused_with_a_problem() throws Exception {
        try (RawHttp connection = connect()) {
            String interim = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                    + "Expect: 100-continue\r\n\r\n").readHead();
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 17; i++) { // one chunk past the limit
                connection.write(Integer.toHexString(chunk.length) + "\r\n").write(chunk).write("\r\n");
            }
            connection.write("0\r\n\r\n");
            assertRefusedThenConnectionUsable(connection);
        }
    }

    @Test
    void a_body_over_http2_is_left_to_quarkus_which_could_not_take_a_request_read_to_its_end() throws Exception {
        // The JDK client upgrades to HTTP/2 (h2c) with a first request that has no body, then posts over HTTP/2.
        assertEquals("not read", HTTP2.send(HttpRequest.newBuilder(uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> r = HTTP2.send(authorized().timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5000])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, r.version());
        assertEquals("not read", r.body());
    }

    @Test
    void a_request_without_a_body_goes_on_at_once() throws Exception {
        assertEquals("not read", send(authorized().GET()).body());
        assertEquals("not read", send(authorized().POST(HttpRequest.BodyPublishers.noBody())).body());
        // Neither a length nor chunked: no body at all (RFC 9112 6.3). Quarkus would wait forever for one that was
        // read ahead here; rutan's InmateRefusalsTest.refuses_a_missing_body shows that, a plain router cannot.
        try (RawHttp connection = connect()) {
            connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n\r\n");
            String response = connection.readResponse();
            assertTrue(response.startsWith("HTTP/1.1 200") && response.endsWith("not read"), response);
        }
    }

    @Test
    void a_declared_body_over_one_mebibyte_is_refused_with_a_problem_and_the_connection_goes_on() throws Exception {
        try (RawHttp connection = connect()) {
            connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (BodyLimitFilter.MAX_BODY_BYTES + 1)
                    + "\r\n\r\n");
            connection.write(new byte[(int) BodyLimitFilter.MAX_BODY_BYTES + 1]);
            assertRefusedThenConnectionUsable(connection);
        }
    }

    @Test
    void a_chunked_body_over_one_mebibyte_is_refused_with_a_problem_and_the_connection_goes_on() throws Exception {
        try (RawHttp connection = connect()) {
            sendChunks(connection, 17); // 17 x 64 KiB: one chunk past the limit
            connection.write("0\r\n\r\n");
            assertRefusedThenConnectionUsable(connection);
        }
    }

    @Test
    void a_body_over_one_mebibyte_announced_with_100_continue_is_refused_unsent_and_the_connection_closed()
            throws Exception {
        try (RawHttp connection = connect()) {
            String refused = connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer x\r\nContent-Length: " + 2 * BodyLimitFilter.MAX_BODY_BYTES
                    + "\r\nExpect: 100-continue\r\n\r\n").readResponse();
            assertTrue(refused.startsWith("HTTP/1.1 413"), refused);
            assertTrue(refused.toLowerCase().contains("connection: close"), refused);
            assertTrue(refused.contains("payload-too-large"), refused);
            // Kept open, the client's next request would be read as the body it never sent.
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void a_client_that_goes_on_sending_far_past_the_limit_has_its_connection_closed() throws Exception {
        try (RawHttp connection = connect()) {
            try {
                sendChunks(connection, 128); // 8 MiB, far past the limit and what is drained after it
            } catch (java.io.IOException closed) {
                // the server closed the connection while we were still sending: what this test expects
            }
            assertTrue(connection.closedByServer(), "the server closes a connection that never stops sending");
        }
    }

    private static void assertWithinTimeout(long beginNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - beginNanos);
        assertTrue(took.compareTo(QUICK.plus(SLACK)) < 0, "cut off after " + took);
    }

    /** A 413 problem document, and the same connection then answers the next request (the body was drained). */
    private static void assertRefusedThenConnectionUsable(RawHttp connection) throws Exception {
        String refused = connection.readResponse();
        assertTrue(refused.startsWith("HTTP/1.1 413"), refused);
        assertTrue(refused.toLowerCase().contains("content-type: " + Problem.MEDIA_TYPE), refused);
        assertTrue(refused.contains("\"type\":\"" + Problem.TYPE_BASE + "payload-too-large\""), refused);
        String next = connection.write("GET /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
        assertTrue(next.startsWith("HTTP/1.1 200") && next.endsWith("not read"), next);
    }

    /** A chunked POST's head, then {@code count} chunks of 64 KiB (no last chunk). */
    private static void sendChunks(RawHttp connection, int count) throws java.io.IOException {
        connection.write("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < count; i++) {
            connection.write(Integer.toHexString(chunk.length) + "\r\n").write(chunk).write("\r\n");
        }
    }

    private static RawHttp connect() throws Exception {
        return new RawHttp(server.actualPort());
    }

    private static URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/api/v1/anything");
    }

    private static HttpRequest.Builder authorized() {
        return HttpRequest.newBuilder(uri()).header("Authorization", "Bearer x");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
