package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.RawHttp;
import id.go.bartim.pelatihan.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 8: metrics tag requests by route template, never by the raw path, where a client may have typed personal data;
 * requests no route took carry a fixed name. Each test sends a path holding a marker and reads {@code /q/metrics}.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class RequestMetricsTest {

    private static final String TOO_LARGE = "status=\"413\",uri=\"UNKNOWN\"";
    private static final String NOT_FOUND = "status=\"404\",uri=\"NOT_FOUND\"";
    /** A client gone before its answer; the name given to a request the body filter held (BodyDeadline). */
    private static final String GONE = "status=\"RESET\",uri=\"/UNKNOWN\"";

    @TestHTTPResource
    URL root;

    @Test
    void a_body_refused_with_413_before_any_route_is_counted_without_its_path() {
        String marker = marker();
        double before = count(TOO_LARGE);
        given().auth().oauth2(Tokens.forRole("rutan-officer")).contentType("application/json")
                .body(new byte[1024 * 1024 + 1]).post("/api/v1/inmates/" + marker).then().statusCode(413);
        assertCountedWithout(marker, TOO_LARGE, before);
    }

    @Test
    void an_unknown_path_is_counted_as_not_found() {
        String marker = marker();
        double before = count(NOT_FOUND);
        given().auth().oauth2(Tokens.forRole("rutan-officer")).get("/api/v1/" + marker).then().statusCode(404);
        assertCountedWithout(marker, NOT_FOUND, before);
    }

    @Test
    void refusals_on_a_known_route_are_counted_under_its_template_or_unknown() {
        String marker = marker();
        String unauthorized = "status=\"401\",uri=\"/api/v1/inmates/{id}\"";
        double before = count(unauthorized);
        given().get("/api/v1/inmates/" + marker).then().statusCode(401);
        assertCountedWithout(marker, unauthorized, before);
        String notAllowed = "status=\"405\",uri=\"UNKNOWN\"";
        before = count(notAllowed);
        given().auth().oauth2(Tokens.forRole("rutan-officer")).delete("/api/v1/inmates/" + marker)
                .then().statusCode(405);
        assertCountedWithout(marker, notAllowed, before);
    }

    /**
     * Before any route matched, the filter was reading its body: only the raw path was known then. Nor is the path
     * logged: a client that goes away is no error of the service.
     */
    @Test
    void a_client_that_goes_away_while_its_body_is_read_is_counted_and_logged_without_its_path() throws Exception {
        String marker = marker();
        List<String> lines = new CopyOnWriteArrayList<>();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getFormattedMessage());
            }
        };
        Logger rootLogger = LogContext.getLogContext().getLogger("");
        double before = count(GONE);
        rootLogger.addHandler(capture);
        try {
            try (RawHttp connection = new RawHttp(root.getPort())) {
                connection.write("POST /api/v1/inmates/" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + Tokens.forRole("rutan-officer") + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"regist");
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> metrics().contains(marker) || count(GONE) > before);
        } finally {
            rootLogger.removeHandler(capture);
        }
        assertCountedWithout(marker, GONE, before);
        assertFalse(lines.stream().anyMatch(line -> line.contains(marker)), "a log line names the path: " + lines);
    }

    /** The request was counted under {@code tags} (their count grew from {@code before}), and no metric names it. */
    private static void assertCountedWithout(String marker, String tags, double before) {
        assertTrue(count(tags) > before, "counted as " + tags);
        assertFalse(metrics().contains(marker), "a metric names the path " + marker);
    }

    /** How many requests were counted with these tags, however many methods and outcomes. */
    private static double count(String tags) {
        return metrics().lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains(tags))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Stands for personal data in a path: letters and a NIK-like run of digits, unique to the test. */
    private static String marker() {
        return "Budi" + (6204010000000000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}
