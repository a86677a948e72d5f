package id.go.bartim.pelatihan.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** A real Kafka broker (module kafka-broker) running as a child JVM, for tests and local runs. */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProcess.class);
    private static final String MAIN_CLASS = "id.go.bartim.pelatihan.broker.KafkaBrokerMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final List<String> command;
    private final Path logFile;
    private final int port;
    private final Thread shutdownHook = new Thread(this::kill, "kafka-broker-killer");
    private volatile Process process;

    private KafkaBrokerProcess(List<String> command, Path logFile, int port) {
        this.command = command;
        this.logFile = logFile;
        this.port = port;
    }

    /**
     * Starts a broker keeping its data in {@code dataDir}, listening on {@code port} (0 = a free one), and
     * returns once it answers. {@code projectRoot} is the directory holding the kafka-broker module.
     */
    public static KafkaBrokerProcess start(Path projectRoot, Path dataDir, int port) {
        Path module = projectRoot.toAbsolutePath().normalize().resolve("kafka-broker");
        Path classes = module.resolve("target/classes");
        Path lib = module.resolve("target/broker-lib");
        if (!Files.isDirectory(lib) || !Files.isDirectory(classes)) {
            throw new IllegalStateException("The Kafka broker is not built: " + lib + " is missing."
                    + " Run mvn package first (mvn -pl kafka-broker package in " + projectRoot + ")");
        }
        Path data = dataDir.toAbsolutePath().normalize();
        createDirectories(data);
        int brokerPort = FreePorts.orFree(port);
        List<String> command = List.of(javaExecutable(), "-Xmx384m", "-Xms64m", "-XX:+UseSerialGC",
                "-cp", classes + File.pathSeparator + lib.resolve("*"), MAIN_CLASS,
                "--port", String.valueOf(brokerPort), "--controller-port", String.valueOf(FreePorts.find()),
                "--dir", data.toString(), "--exit-with-parent", "true");
        KafkaBrokerProcess broker = new KafkaBrokerProcess(command, data.resolve("broker.log"), brokerPort);
        // SIGKILL, not a graceful stop: the JVM is going away and must not wait; Kafka recovers its log.
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        broker.launch();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** Graceful shutdown (SIGTERM); forced after 10 s. */
    public synchronized void stop() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!waitFor(current, STOP_GRACE)) {
            LOG.warnf("Kafka broker did not stop within %s; killing it", STOP_GRACE);
            kill();
        }
    }

    /** Abrupt death (SIGKILL), as in a crash. */
    public void kill() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
            waitFor(current, STOP_GRACE);
        }
    }

    /** Starts the broker again on the same ports and data; stops it first if it is still running. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Creates the topic (replication factor 1) unless it already exists. */
    public void createTopic(String name, int partitions, Map<String, String> config) {
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(config))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; nothing left to unregister.
        }
    }

    /**
     * Leaves stopping to the caller's own shutdown hook, which can then stop things in order (the JVM runs
     * hooks concurrently, so this one would kill the process while the caller still stops what depends on it).
     */
    void disableShutdownHook() {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }

    private synchronized void launch() {
        long begin = System.nanoTime();
        // Whatever already answers there (an orphan broker?) would pass our readiness check instead.
        if (BrokerReadiness.accepts(port)) {
            throw new IllegalStateException("Port " + port + " is already in use; cannot start the Kafka broker");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker: " + command, e);
        }
        BrokerReadiness.await(process, port, adminConfig(), READY_TIMEOUT, logFile);
        LOG.infof("Kafka broker ready at %s in %d ms (log %s)",
                bootstrapServers(), (System.nanoTime() - begin) / 1_000_000, logFile);
    }

    Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-infra-admin");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, String.valueOf(POLL_MILLIS));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return config;
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
