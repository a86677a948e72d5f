package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a freshly started broker process serves requests, or says why it never will. */
final class BrokerReadiness {

    private static final long POLL_MILLIS = 100;

    private BrokerReadiness() {
    }

    static void await(Process process, int port, Properties adminConfig, Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        // Probe the port first: an admin client pointed at a closed port logs a warning on every retry.
        while (!accepts(port)) {
            checkStillStarting(process, deadline, timeout, logFile);
            pause();
        }
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000)).clusterId().get();
                    return;
                } catch (ExecutionException notYet) {
                    checkStillStarting(process, deadline, timeout, logFile);
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static void checkStillStarting(Process process, long deadline, Duration timeout, Path logFile) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                    + " before it was ready. Last lines of " + logFile + ":\n" + tail(logFile));
        }
        if (System.nanoTime() > deadline) {
            process.destroyForcibly();
            throw new IllegalStateException("The Kafka broker was not ready within " + timeout
                    + ". Last lines of " + logFile + ":\n" + tail(logFile));
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) POLL_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }
}
