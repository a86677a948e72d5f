package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/** One packaged Quarkus service (quarkus-run.jar) running as a child JVM, ready once its readiness probe says so. */
public final class ServiceProcess extends ChildProcess {

    private static final Logger LOG = Logger.getLogger(ServiceProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * The JVM flags of every service JVM, for start-up time and resident memory. deploy/Dockerfile's ENTRYPOINT
     * runs the services in production with the same flags (there the heap is a share of the container's memory,
     * -XX:MaxRAMPercentage=75, instead of -Xmx256m): change both together.
     * <ul>
     * <li>plus {@code -XX:SharedArchiveFile=app-cds.jsa} when the build wrote that AppCDS archive next to
     * quarkus-run.jar ({@code quarkus.package.jar.appcds.enabled=true} in the services): see {@link #CDS_ARCHIVE}.</li>
     * <li>{@code -XX:+UseSerialGC} with a small initial heap: the heap grows only as far as it is used; G1's own
     * structures alone cost about 40 MiB at idle for this 256 MiB heap.</li>
     * <li>{@code -Xss512k}, {@code -XX:ReservedCodeCacheSize=64m}: smaller thread stacks and code cache.</li>
     * <li>{@code -XX:TrimNativeHeapInterval=2000}: every 2 s the JVM hands glibc's freed malloc memory back to the
     * system (start-up frees much of what class loading and Hibernate's boot allocated natively): about 20 MiB less
     * resident at idle (measured 228 -> 209 MiB, disnaker-service, twice each). Only on a JDK that has the flag
     * (17.0.9+, 21.0.1+, 22+: see {@link #trimsNativeHeap}); an older one would refuse to start with it.</li>
     * </ul>
     * The services run on the JDK that runs this code.
     */
    public static final List<String> JVM_FLAGS = flags(Runtime.version());

    static List<String> flags(Runtime.Version jdk) {
        List<String> flags = new ArrayList<>(List.of(
                "-Xmx256m",
                "-Xms32m",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m"));
        if (trimsNativeHeap(jdk)) {
            flags.add("-XX:TrimNativeHeapInterval=2000");
        }
        return List.copyOf(flags);
    }

    /** Whether {@code -XX:TrimNativeHeapInterval} exists: JDK 22, and backported to 21.0.1 and 17.0.9. */
    static boolean trimsNativeHeap(Runtime.Version jdk) {
        return jdk.feature() >= 22 || jdk.feature() == 21 && jdk.update() >= 1 || jdk.feature() == 17 && jdk.update() >= 9;
    }

    /**
     * The AppCDS archive's name in the quarkus-app folder. It records the class path relative to that folder, so
     * the JVM runs there ({@link #launch()} sets the working directory). It is only named when it exists: a JVM
     * given a missing archive says nothing and starts without any class data sharing, slower than with none named.
     */
    public static final String CDS_ARCHIVE = "app-cds.jsa";

    /** Environment every service JVM gets (the Dockerfile sets the same): fewer glibc malloc arenas, less RSS. */
    public static final Map<String, String> JVM_ENV = Map.of("MALLOC_ARENA_MAX", "2");

    private final String name;
    private final Path jar;
    private final Map<String, String> env;
    private final int port;

    private ServiceProcess(String name, Path jar, Map<String, String> env, Path logFile, int port) {
        super(name, logFile, STOP_GRACE);
        this.name = name;
        this.jar = jar;
        this.env = Map.copyOf(env);
        this.port = port;
    }

    /** Runs {@code java -jar quarkusRunJar} with {@code env} added; returns once /q/health/ready answers 200. */
    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> env, Path logFile) {
        String port = env.get("QUARKUS_HTTP_PORT");
        if (port == null) {
            throw new IllegalArgumentException("QUARKUS_HTTP_PORT is required to start " + name);
        }
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException(
                    name + " is not built: " + quarkusRunJar + " is missing. Run mvn package first");
        }
        ServiceProcess service = new ServiceProcess(name, quarkusRunJar.toAbsolutePath(), env,
                logFile.toAbsolutePath(), Integer.parseInt(port));
        service.launch();
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }




    /** Starts the service again with the same jar, environment and log; stops it first if it still runs. */
    public synchronized ServiceProcess restart() {
        stop();
        launch();
        return this;
    }



    @Override
    synchronized void launch() {
        long begin = System.nanoTime();
        // Whatever already answers there (an orphan from an earlier run?) would pass our readiness check instead.
        if (BrokerReadiness.accepts(port)) {
            throw new IllegalStateException("Port " + port + " is already in use; cannot start " + name);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JVM_FLAGS);
        if (Files.isRegularFile(jar.resolveSibling(CDS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
        } else {
            LOG.warnf("%s has no %s next to it (built without AppCDS?): %s starts slower", jar, CDS_ARCHIVE, name);
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = command(command);
        // The AppCDS archive names quarkus-run.jar and lib/boot/*.jar relative to the quarkus-app folder.
        builder.directory(jar.getParent().toFile());
        builder.environment().putAll(JVM_ENV);
        builder.environment().putAll(env);
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the log folder of " + name, e);
        }
        process = spawn(builder);
        awaitReady(begin + READY_TIMEOUT.toNanos());
        LOG.infof("%s ready at %s in %d ms (log %s)",
                name, baseUrl(), (System.nanoTime() - begin) / 1_000_000, logFile);
    }

    private void awaitReady(long deadline) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw failure(name + " was not ready within " + READY_TIMEOUT);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in Quarkus' start; keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            waitFor(process, Duration.ofMillis(POLL_MILLIS));
        }
    }

    private IllegalStateException failure(String reason) {
        return new IllegalStateException(reason + ". Last lines of " + logFile + ":\n" + tail(logFile));
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

}
