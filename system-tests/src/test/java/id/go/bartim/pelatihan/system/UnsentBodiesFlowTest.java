package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;
import id.go.bartim.pelatihan.system.ServiceMemory.Reading;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 8 on a packaged rutan-service in its own JVM, run as deployed (heap at most 256 MiB): clients that announce a
 * 1 MiB body and never send it make the service hold no memory, and each is cut off within APP_HTTP_BODY_TIMEOUT,
 * whether its token is forged (answered 401 at once) or valid (the service waits for the body, then answers 408).
 * It runs against {@link HardenedRutan}, a replica with a short body timeout so it stays quick, in which nothing else
 * runs while it measures.
 *
 * <p>Memory is read after a full collection before, while the connections are held, and after they are closed. The
 * defect this guards against held 1 MiB per connection, 200 MiB here; the bounds leave room for what an open
 * connection rightly costs until it is closed (its channel, request and headers; once authentication has answered
 * it, its request's context too) and for resident memory that moves by itself (a collection does not hand every page
 * back; the JIT and malloc grow on a path's first use, which two warm-up rounds take care of). Each reading is
 * logged, with the difference between two readings at rest.
 */
class UnsentBodiesFlowTest {

    private static final Logger LOG = Logger.getLogger(UnsentBodiesFlowTest.class);
    private static final int CONNECTIONS = 200;
    private static final long ANNOUNCED = 1024 * 1024;
    /** Long enough to take a reading while the connections are still held, short enough to keep the test quick. */
    private static final Duration BODY_TIMEOUT = HardenedRutan.BODY_TIMEOUT;
    /** Beyond the timeout, for the server's timer and a busy build machine; far below the 30-minute idle timeout. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    private static final double MAX_HEAP_GROWTH_MIB = 12;
    private static final double MAX_DIRECT_GROWTH_MIB = 4;
    private static final double MAX_RESIDENT_GROWTH_MIB = 32;
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final Pattern LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    private static ServiceProcess rutan;

    @BeforeAll
    static void start() {
        rutan = HardenedRutan.get();
    }

    @Test
    void bodies_announced_with_a_forged_token_hold_no_memory_and_are_closed_within_the_timeout() throws Exception {
        String[] parts = HardenedRutan.token("rutan-officer").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + HardenedRutan.token("rutan-viewer").split("\\.")[2];
        assertHoldsNothingAndIsCutOff("forged token", forged, 401);
    }

    @Test
    void bodies_announced_with_a_valid_token_hold_no_memory_and_are_cut_off_with_408() throws Exception {
        assertHoldsNothingAndIsCutOff("valid token", HardenedRutan.token("rutan-officer"), 408);
    }

    private static void assertHoldsNothingAndIsCutOff(String scenario, String token, int status) throws Exception {
        for (int round = 0; round < 2; round++) { // warm-up: first use of these paths and of Netty's pools
            closedAfter(held(token, status), status);
        }
        Reading before = ServiceMemory.settledReading(rutan);
        Reading noise = ServiceMemory.settledReading(rutan).minus(before);

        List<Held> connections = held(token, status);
        Reading during = ServiceMemory.settledReading(rutan);
        Duration measuredAt = connections.get(0).age();
        List<Duration> closed = closedAfter(connections, status);
        Reading after = ServiceMemory.settledReading(rutan);

        Duration latest = closed.stream().max(Duration::compareTo).orElseThrow();
        LOG.infof("%s, %d connections announcing %d bytes each: before %s; growth while held %s (read %d ms after "
                + "the first was opened); growth after they were closed %s; between two readings at rest %s; "
                + "the last closed %d ms after it was opened", scenario, CONNECTIONS, ANNOUNCED, before,
                during.minus(before), measuredAt.toMillis(), after.minus(before), noise, latest.toMillis());
        assertTrue(measuredAt.compareTo(BODY_TIMEOUT) < 0,
                "the reading while held took until " + measuredAt + ": the connections may have been cut off already");
        assertBounded("while held", during.minus(before));
        assertBounded("after", after.minus(before));
        assertTrue(latest.compareTo(BODY_TIMEOUT.plus(SLACK)) < 0, "a connection was closed only after " + latest);
    }

    private static void assertBounded(String when, Reading growth) {
        assertTrue(growth.heapMiB() < MAX_HEAP_GROWTH_MIB, "heap growth " + when + ": " + growth);
        assertTrue(growth.directMiB() < MAX_DIRECT_GROWTH_MIB, "direct buffer growth " + when + ": " + growth);
        assertTrue(growth.residentMiB() < MAX_RESIDENT_GROWTH_MIB, "resident growth " + when + ": " + growth);
    }

    /**
     * Opens the connections and sends each request's head, never its body; returns once the service has taken every
     * request: a forged token is answered at once, a valid one shows among the service's active requests.
     */
    private static List<Held> held(String token, int status) throws IOException {
        // Counted from here: Quarkus' gauge counts a request whose connection closes after its answer as ended twice
        double active = activeRequests();
        List<Held> connections = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            connections.add(new Held(rutan.port(), "POST /api/v1/inmates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + ANNOUNCED + "\r\n\r\n"));
        }
        if (status == 401) {
            for (Held connection : connections) {
                assertEquals(401, connection.readStatus());
            }
        } else {
            await().atMost(BODY_TIMEOUT).until(() -> activeRequests() >= active + CONNECTIONS);
        }
        return connections;
    }

    private static double activeRequests() {
        return ServiceMemory.sum(ServiceMemory.metrics(rutan), "http_server_active_requests", "");
    }

    /** Reads what each connection still gets (its answer, if not read yet) up to its end; how long each lived. */
    private static List<Duration> closedAfter(List<Held> connections, int status) throws IOException {
        List<Duration> lived = new ArrayList<>();
        for (Held connection : connections) {
            if (!connection.answered()) {
                assertEquals(status, connection.readStatus());
            }
            assertTrue(connection.closedByServer(), "still open after " + connection.age());
            lived.add(connection.age());
            connection.socket.close();
        }
        return lived;
    }

    /** One client connection that sent a request head announcing a body it never sends. */
    private static final class Held {
        final Socket socket;
        final long openedAt = System.nanoTime();
        private boolean answered;

        Held(int port, String head) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) BODY_TIMEOUT.plus(SLACK).toMillis());
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        }

        Duration age() {
            return Duration.ofNanos(System.nanoTime() - openedAt);
        }

        boolean answered() {
            return answered;
        }

        /** Reads one response, head and body, and returns its status. */
        int readStatus() throws IOException {
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("closed before an answer, after: " + head);
                }
                head.append((char) b);
            }
            Matcher length = LENGTH.matcher(head);
            in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            answered = true;
            Matcher status = STATUS.matcher(head);
            assertTrue(status.find(), head.toString());
            return Integer.parseInt(status.group(1));
        }

        /** Whether the server ends the connection within the socket's timeout. */
        boolean closedByServer() throws IOException {
            try {
                return socket.getInputStream().read() < 0;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (SocketException reset) {
                return true;
            }
        }
    }
}
