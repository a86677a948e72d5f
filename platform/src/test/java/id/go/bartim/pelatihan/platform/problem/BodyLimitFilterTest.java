package id.go.bartim.pelatihan.platform.problem;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter on a real Vert.x router, as Quarkus runs it: what the next handler (Quarkus REST) finds. A request's
 * body is already read whole when the request goes on, so a blocking endpoint gets it as a byte array instead of
 * waiting on the I/O thread for it; requests without a body go on at once; a body over 1 MiB is refused.
 */
class BodyLimitFilterTest {

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpClient HTTP2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        BodyLimitFilter filter = new BodyLimitFilter();
        router.route().order(-1).handler(filter::limit);
        // What comes next sees the body read or not: it answers with what it found.
        router.route().handler(rc -> rc.response().end(rc.body() == null || rc.body().buffer() == null
                ? "not read" : "read " + rc.body().buffer().length() + " bytes"));
        server = vertx.createHttpServer().requestHandler(router).listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_body_with_a_length_is_read_whole_before_the_request_goes_on() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(
                "{\"inmateId\": \"x\"}")));
        assertEquals(200, r.statusCode());
        assertEquals("read 17 bytes", r.body());
    }

    @Test
    void a_chunked_body_is_read_whole_too() throws Exception {
        byte[] body = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length: the client sends it chunked.
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))));
        assertEquals("read 100000 bytes", r.body());
    }

    @Test
    void a_body_over_http2_is_left_to_quarkus_which_could_not_take_a_request_read_to_its_end() throws Exception {
        // The JDK client upgrades to HTTP/2 (h2c) with a first request that has no body, then posts over HTTP/2.
        assertEquals("not read", HTTP2.send(HttpRequest.newBuilder(uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> r = HTTP2.send(HttpRequest.newBuilder(uri()).timeout(java.time.Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5000])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, r.version());
        assertEquals("not read", r.body());
    }

    @Test
    void a_request_without_a_body_goes_on_at_once() throws Exception {
        assertEquals("not read", send(HttpRequest.newBuilder(uri()).GET()).body());
        assertEquals("not read", send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.noBody())).body());
    }

    @Test
    void a_post_that_declares_no_length_at_all_has_no_body_and_goes_on() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.actualPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(response.startsWith("HTTP/1.1 200") && response.endsWith("not read"), response);
        }
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413_declared_or_chunked() throws Exception {
        byte[] body = new byte[(int) BodyLimitFilter.MAX_BODY_BYTES + 1];
        HttpResponse<String> declared = send(HttpRequest.newBuilder(uri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, declared.statusCode());
        assertTrue(declared.body().contains("payload-too-large"), declared.body());
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertEquals(413, chunked.statusCode());
    }

    private static URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/api/v1/anything");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(java.time.Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
