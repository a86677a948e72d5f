package id.go.bartim.pelatihan.testing;

import id.go.bartim.pelatihan.infra.DevKeys;
import id.go.bartim.pelatihan.infra.EmbeddedPostgres;
import id.go.bartim.pelatihan.infra.KafkaBrokerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real infrastructure of one test JVM, started once and shared by all its tests: a throwaway
 * PostgreSQL from the installed binaries, a single-node Kafka broker process, and a key pair for
 * test tokens. Everything lives under {@code target/test-infra} and dies with the JVM.
 */
public final class TestInfra {

    public static final String ISSUER = "https://pelatihan.bartim.go.id/test";

    static final String KEYS_PROPERTY = "test.infra.keys";
    static final String KAFKA_PROPERTY = "test.infra.kafka";
    static final String POSTGRES_LOG_PROPERTY = "test.infra.postgres-log";

    private static TestInfra instance;

    private final EmbeddedPostgres postgres;
    private final KafkaBrokerProcess kafka;
    private final DevKeys keys;

    private TestInfra(Path root) {
        this.keys = DevKeys.ensure(root.resolve("keys"));
        this.postgres = EmbeddedPostgres.start(root.resolve("pg"), 0, false);
        this.kafka = KafkaBrokerProcess.start(projectRoot(), root.resolve("kafka"), 0);
    }

    public static synchronized TestInfra get() {
        if (instance == null) {
            Path root = Path.of("target", "test-infra", Long.toString(ProcessHandle.current().pid()))
                    .toAbsolutePath();
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = new TestInfra(root);
            // Test code may run in another class loader than the test resource that started us:
            // publish what it needs as JVM-wide properties instead of through this singleton.
            System.setProperty(KEYS_PROPERTY, instance.keys.privateKeyPath().getParent().toString());
            System.setProperty(KAFKA_PROPERTY, instance.kafka.bootstrapServers());
            System.setProperty(POSTGRES_LOG_PROPERTY, instance.postgres.logFile().toString());
        }
        return instance;
    }

    /** The repository root, where {@code kafka-broker/target} holds the broker's classpath. */
    public static Path projectRoot() {
        String configured = System.getProperty("project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "kafka-broker"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("kafka-broker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (no kafka-broker folder above "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    /** The broker's address, readable from any class loader of this JVM once the infra started. */
    public static String bootstrapServers() {
        String servers = System.getProperty(KAFKA_PROPERTY);
        if (servers == null) {
            throw new IllegalStateException("test infrastructure not started: use InfraResource");
        }
        return servers;
    }

    /** The PostgreSQL server's log, readable from any class loader of this JVM once the infra started. */
    public static Path postgresLog() {
        String log = System.getProperty(POSTGRES_LOG_PROPERTY);
        if (log == null) {
            throw new IllegalStateException("test infrastructure not started: use InfraResource");
        }
        return Path.of(log);
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public DevKeys keys() {
        return keys;
    }
}
