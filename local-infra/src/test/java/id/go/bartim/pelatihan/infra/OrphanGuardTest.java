package id.go.bartim.pelatihan.infra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120) // the end-to-end tests read a child JVM's output: never hang the build on it
class OrphanGuardTest {

    @TempDir
    Path temp;

    @Test
    void kills_the_guarded_process_once_its_owner_is_killed_and_not_before() throws IOException {
        Process owner = sleeper();
        Process guarded = sleeper();
        try {
            OrphanGuard.guard(owner.pid(), guarded.pid(), "KILL");
            // Two rounds of the watchdog's loop: the owner lives, so the guarded process is left alone
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(guarded::isAlive);

            owner.destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> !guarded.isAlive());
        } finally {
            owner.destroyForcibly();
            guarded.destroyForcibly();
        }
    }

    @Test
    void the_watchdog_ends_by_itself_when_the_guarded_process_ends_first() throws IOException {
        Process owner = sleeper();
        Process guarded = sleeper();
        try {
            Process watchdog = OrphanGuard.guard(owner.pid(), guarded.pid(), "KILL");
            guarded.destroy();
            await().atMost(Duration.ofSeconds(10)).until(() -> !watchdog.isAlive());
            assertEquals(0, watchdog.exitValue());
            assertTrue(owner.isAlive());
        } finally {
            owner.destroyForcibly();
            guarded.destroyForcibly();
        }
    }

    @Test
    void a_postgres_server_does_not_outlive_a_killed_jvm_that_started_it() throws Exception {
        Path data = temp.resolve("pg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartsPostgresAndWaits.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        int port;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            port = readyLine(out);
            assertTrue(accepts(port), "the server should answer while its JVM lives");

            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            jvm.waitFor();
            await().atMost(Duration.ofSeconds(20)).until(() -> !accepts(port));
        } finally {
            jvm.destroyForcibly();
        }
        // What the next start finds is a data directory whose server is gone: it starts again on it
        try (EmbeddedPostgres again = EmbeddedPostgres.start(data, 0)) {
            assertTrue(accepts(again.port()));
        }
    }

    @Test
    void a_child_process_does_not_outlive_a_killed_jvm_that_started_it() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartsChildAndWaits.class.getName(), temp.resolve("child.log").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            long childPid = readyLine(out);
            assertTrue(running(childPid));

            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            jvm.waitFor();
            await().atMost(Duration.ofSeconds(10)).until(() -> !running(childPid));
        } finally {
            jvm.destroyForcibly();
        }
    }

    /**
     * Whether the process runs: a killed orphan stays a zombie until whoever adopted it reaps it (in a container whose
     * first process never does, forever), and the JDK counts a zombie as alive.
     */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    @Test
    void refuses_pids_that_would_signal_a_process_group_or_init() {
        for (long pid : new long[] {0, -5, 1}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> OrphanGuard.guard(ProcessHandle.current().pid(), pid, "KILL"));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OrphanGuard.guard(ProcessHandle.current().pid(), 12345, "KILL; rm -rf /"));
    }

    private static int readyLine(BufferedReader out) throws IOException {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            if (line.startsWith("ready ")) {
                return Integer.parseInt(line.substring("ready ".length()).trim());
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("The JVM ended before it said \"ready\":\n" + seen);
    }

    private static boolean accepts(int port) {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=2", EmbeddedPostgres.USER, "")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static Process sleeper() throws IOException {
        return new ProcessBuilder(List.of("sleep", "300")).start();
    }

    /** The JVM the test kills: starts a child process as the services and the broker are started, says its pid. */
    public static final class StartsChildAndWaits {
        public static void main(String[] args) throws InterruptedException {
            ChildProcess child = new ChildProcess("sleeper", Path.of(args[0]), Duration.ofSeconds(1)) {
                @Override
                void launch() {
                    process = spawn(command(List.of("sleep", "300")));
                }
            };
            child.launch();
            System.out.println("ready " + child.process.pid());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }

    /** The JVM the test kills: starts a throwaway server, says on which port, then waits to be killed. */
    public static final class StartsPostgresAndWaits {
        public static void main(String[] args) throws InterruptedException {
            EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), 0);
            System.out.println("ready " + postgres.port());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
