package id.go.bartim.pelatihan.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** A real Kafka broker (module kafka-broker) running as a child JVM, for tests and local runs. */
public final class KafkaBrokerProcess extends ChildProcess {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProcess.class);
    private static final String MAIN_CLASS = "id.go.bartim.pelatihan.broker.KafkaBrokerMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;
    /** As KafkaBrokerMain reads it. */
    private static final String ADMIN_PASSWORD_ENV = "KAFKA_BROKER_ADMIN_PASSWORD";

    /** The super user of a {@link #startSecured secured} broker, added when its storage is formatted. */
    public static final String ADMIN_USER = "admin";
    /** The SASL mechanism of a secured broker. */
    public static final String SCRAM = "SCRAM-SHA-512";

    private final List<String> command;
    private final int port;
    private final String adminPassword;

    private KafkaBrokerProcess(List<String> command, Path logFile, int port, String adminPassword) {
        super("Kafka broker", logFile, STOP_GRACE);
        this.command = command;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts a broker keeping its data in {@code dataDir}, listening on {@code port} (0 = a free one), and
     * returns once it answers. {@code projectRoot} is the directory holding the kafka-broker module.
     */
    public static KafkaBrokerProcess start(Path projectRoot, Path dataDir, int port) {
        return start(projectRoot, dataDir, port, null);
    }

    /**
     * As {@link #start}, but the broker requires SASL/SCRAM-SHA-512 and enforces ACLs: nobody but {@link #ADMIN_USER}
     * (with {@code adminPassword}) may do anything until {@link #createUser} and {@link #grant} say so. Its data dir
     * must be new or have been secured from the start.
     */
    public static KafkaBrokerProcess startSecured(Path projectRoot, Path dataDir, int port, String adminPassword) {
        if (adminPassword == null || !adminPassword.matches("[A-Za-z0-9_-]{8,}")) {
            throw new IllegalArgumentException("The admin password must be 8 or more of [A-Za-z0-9_-]");
        }
        return start(projectRoot, dataDir, port, adminPassword);
    }

    private static KafkaBrokerProcess start(Path projectRoot, Path dataDir, int port, String adminPassword) {
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
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-Xms64m", "-XX:+UseSerialGC",
                "-cp", classes + File.pathSeparator + lib.resolve("*"), MAIN_CLASS,
                "--port", String.valueOf(brokerPort), "--controller-port", String.valueOf(FreePorts.find()),
                "--dir", data.toString(), "--exit-with-parent", "true"));
        if (adminPassword != null) {
            command.addAll(List.of("--sasl-admin", ADMIN_USER));
        }
        KafkaBrokerProcess broker = new KafkaBrokerProcess(List.copyOf(command), data.resolve("broker.log"), brokerPort,
                adminPassword);
        broker.launch();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean secured() {
        return adminPassword != null;
    }

    /**
     * The client settings that reach this broker as {@code user} (SASL/SCRAM on a secured broker; user and password
     * ignored on a PLAINTEXT one), as {@code KAFKA_*} environment variables of a service.
     */
    public Map<String, String> clientEnvironment(String user, String password) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        if (secured()) {
            env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("KAFKA_SASL_MECHANISM", SCRAM);
            env.put("KAFKA_SASL_JAAS_CONFIG", jaas(user, password));
        }
        return env;
    }

    /** As {@link #clientEnvironment}, as Kafka client properties. */
    public Properties clientConfig(String user, String password) {
        Properties config = new Properties();
        clientEnvironment(user, password).forEach((name, value) ->
                config.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value));
        return config;
    }

    /** The JAAS line a SCRAM client logs in with. */
    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** Creates (or gives a new password to) a SCRAM-SHA-512 user on a secured broker. */
    public void createUser(String user, String password) {
        requireSecured();
        try (Admin admin = Admin.create(adminConfig())) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the Kafka user " + user, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the Kafka user " + user, e);
        }
    }

    /** Adds the ACLs of {@code grants} (adding one that exists changes nothing). */
    public void grant(List<KafkaAcls.Grant> grants) {
        requireSecured();
        List<AclBinding> bindings = grants.stream().flatMap(g -> g.bindings().stream()).toList();
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createAcls(bindings).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the Kafka ACLs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the Kafka ACLs", e);
        }
    }

    private void requireSecured() {
        if (!secured()) {
            throw new IllegalStateException("The Kafka broker runs PLAINTEXT without users or ACLs");
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
    synchronized void launch() {
        long begin = System.nanoTime();
        // Whatever already answers there (an orphan broker?) would pass our readiness check instead.
        if (BrokerReadiness.accepts(port)) {
            throw new IllegalStateException("Port " + port + " is already in use; cannot start the Kafka broker");
        }
        ProcessBuilder builder = command(command);
        if (secured()) {
            builder.environment().put(ADMIN_PASSWORD_ENV, adminPassword);
        }
        process = spawn(builder);
        BrokerReadiness.await(process, port, adminConfig(), READY_TIMEOUT, logFile);
        LOG.infof("Kafka broker ready at %s in %d ms (log %s)",
                bootstrapServers(), (System.nanoTime() - begin) / 1_000_000, logFile);
    }

    /** Settings of an admin client of this broker (the super user, on a secured one). */
    public Properties adminConfig() {
        Properties config = clientConfig(ADMIN_USER, adminPassword);
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
