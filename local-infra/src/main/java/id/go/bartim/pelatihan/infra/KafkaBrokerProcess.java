package id.go.bartim.pelatihan.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** A real Kafka broker (module kafka-broker) running as a child JVM, for tests and local runs. */
public final class KafkaBrokerProcess extends ChildProcess {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProcess.class);
    private static final String MAIN_CLASS = "id.go.bartim.pelatihan.broker.KafkaBrokerMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final List<String> command;
    private final int port;

    private KafkaBrokerProcess(List<String> command, Path logFile, int port) {
        super("Kafka broker", logFile, STOP_GRACE);
        this.command = command;
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
        broker.launch();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
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
    synchronized void launch() {
        long begin = System.nanoTime();
        // Whatever already answers there (an orphan broker?) would pass our readiness check instead.
        if (BrokerReadiness.accepts(port)) {
            throw new IllegalStateException("Port " + port + " is already in use; cannot start the Kafka broker");
        }
        process = spawn(command(command));
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
