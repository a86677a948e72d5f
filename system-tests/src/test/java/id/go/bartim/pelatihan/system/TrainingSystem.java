package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.DevKeys;
import id.go.bartim.pelatihan.infra.EmbeddedPostgres;
import id.go.bartim.pelatihan.infra.FreePorts;
import id.go.bartim.pelatihan.infra.KafkaAcls;
import id.go.bartim.pelatihan.infra.KafkaBrokerProcess;
import id.go.bartim.pelatihan.infra.ServiceProcess;
import id.go.bartim.pelatihan.infra.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The whole system as operators run it: PostgreSQL with a database per service, one Kafka broker,
 * and both services as separate JVMs from their packaged jars. Started once per test JVM ({@link #get}),
 * on a PLAINTEXT broker; {@link #startSecured} starts another whose broker requires SCRAM and enforces
 * deploy/kafka/acls.txt, the services reaching it with their own users, configured by KAFKA_* variables only.
 */
final class TrainingSystem {

    static final String ISSUER = "https://pelatihan.bartim.go.id/system-test";
    static final java.time.Duration STUCK_AFTER = java.time.Duration.ofSeconds(20);

    private static TrainingSystem instance;

    final Path root;
    final Path projectRoot;
    final EmbeddedPostgres postgres;
    final KafkaBrokerProcess kafka;
    final DevKeys keys;
    /** Where both services export their spans (OTLP/HTTP), for the tracing flow's assertions. */
    final OtlpReceiver traces;
    final ServiceProcess disnaker;
    final ServiceProcess rutan;
    /** Per Kafka user (the service's name), its SCRAM password; empty on a PLAINTEXT broker. */
    final Map<String, String> kafkaPasswords = new HashMap<>();

    private TrainingSystem(Path root, Path projectRoot, boolean securedKafka) {
        this.root = root;
        this.projectRoot = projectRoot;
        this.keys = DevKeys.ensure(root.resolve("keys"));
        this.traces = OtlpReceiver.start();
        this.postgres = EmbeddedPostgres.start(root.resolve("pg"), 0, false);
        postgres.createDatabase("disnaker");
        postgres.createDatabase("rutan");
        if (securedKafka) {
            this.kafka = KafkaBrokerProcess.startSecured(projectRoot, root.resolve("kafka"), 0, password());
            for (String user : new String[] {"rutan-service", "disnaker-service"}) {
                kafkaPasswords.put(user, password());
                kafka.createUser(user, kafkaPasswords.get(user));
            }
            kafka.grant(KafkaAcls.read(projectRoot));
        } else {
            this.kafka = KafkaBrokerProcess.start(projectRoot, root.resolve("kafka"), 0);
        }
        this.disnaker = startService("disnaker", "disnaker", Map.of());
        this.rutan = startService("rutan", "rutan", Map.of());
    }

    static synchronized TrainingSystem get() {
        if (instance == null) {
            Path project = projectRoot();
            Path root = project.resolve("system-tests/target/system/" + ProcessHandle.current().pid());
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = new TrainingSystem(root, project, false);
        }
        return instance;
    }

    /** A system of its own on a broker requiring SCRAM-SHA-512 and enforcing ACLs; the caller {@link #stop}s it. */
    static TrainingSystem startSecured() {
        Path project = projectRoot();
        Path root = project.resolve("system-tests/target/system/" + ProcessHandle.current().pid() + "-secured");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrainingSystem(root, project, true);
    }

    /** Services first, then the broker and the database. */
    void stop() {
        rutan.stop();
        disnaker.stop();
        kafka.stop();
        postgres.stop();
    }

    /** Starts another instance of a service (a replica, or a late joiner with its own database). */
    ServiceProcess startService(String service, String database, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.find()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "unused");
        env.putAll(kafka.clientEnvironment(service + "-service", kafkaPasswords.get(service + "-service")));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        // Sooner than the default 2 minutes, so a fault test sees a stuck partition reported in good time
        env.put("APP_MESSAGING_STUCK_AFTER", STUCK_AFTER.toString());
        // The address a certificate's QR code opens: the service itself, as the public would reach it
        env.put("APP_PUBLIC_BASE_URL", "http://127.0.0.1:" + env.get("QUARKUS_HTTP_PORT"));
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.5S");
        // as in production (deploy/k8s): one JSON object per line, trace and span ids in its "mdc"
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        env.putAll(extraEnv);
        Path jar = projectRoot.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("logs/" + service + "-" + database + "-" + env.get("QUARKUS_HTTP_PORT") + ".log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServiceProcess.start(service + "-service", jar, env, log);
    }

    String token(String role) {
        return new TokenIssuer(keys.privateKey()).issue(ISSUER, "system-test-" + role, Set.of(role),
                Duration.ofHours(1));
    }

    private static String password() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("kafka-broker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
