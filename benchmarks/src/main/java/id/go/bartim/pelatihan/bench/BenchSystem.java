package id.go.bartim.pelatihan.bench;

import id.go.bartim.pelatihan.infra.DevKeys;
import id.go.bartim.pelatihan.infra.EmbeddedPostgres;
import id.go.bartim.pelatihan.infra.FreePorts;
import id.go.bartim.pelatihan.infra.KafkaBrokerProcess;
import id.go.bartim.pelatihan.infra.ServiceProcess;
import id.go.bartim.pelatihan.infra.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The system under test, started the way TrainingSystem (system-tests) starts it: PostgreSQL with a database
 * per service, one Kafka broker, both services as {@code java -jar quarkus-run.jar} processes. Also knows each
 * service's start-up time and resident memory.
 */
final class BenchSystem implements AutoCloseable {

    static final String ISSUER = "https://pelatihan.bartim.go.id/bench";
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");

    /** A started service: its process, the wall time from launch to /q/health/ready 200, Quarkus' own figure. */
    record Service(ServiceProcess process, long pid, double readyMs, double quarkusStartedMs) {
    }

    /** The database role of the harness's own connections (baselines, checks, statistics). */
    static final String HARNESS_ROLE = "bench_harness";

    final Path root;
    final Path projectRoot;
    final EmbeddedPostgres postgres;
    final KafkaBrokerProcess kafka;
    final DevKeys keys;
    final Service disnaker;
    final Service rutan;
    private final String serviceJvmOpts;

    BenchSystem(Path projectRoot, boolean fsyncOff, boolean pgStatements, String serviceJvmOpts) {
        this.projectRoot = projectRoot;
        this.root = projectRoot.resolve("benchmarks/target/bench-run");
        this.serviceJvmOpts = serviceJvmOpts;
        deleteTree(root);
        this.keys = DevKeys.ensure(root.resolve("keys"));
        // durable=true is how ./run-local.sh and production run it: commits wait for the WAL flush
        this.postgres = EmbeddedPostgres.start(root.resolve("pg"), 0, !fsyncOff,
                pgStatements ? PgStatements.SERVER_SETTINGS : List.of());
        postgres.createDatabase("disnaker");
        postgres.createDatabase("rutan");
        postgres.createDatabase("bench");
        createHarnessRole();
        this.kafka = KafkaBrokerProcess.start(projectRoot, root.resolve("kafka"), 0);
        // One after the other, so each start-up time is the service's own, not a share of two cores.
        this.disnaker = start("disnaker");
        this.rutan = start("rutan");
    }

    private Service start(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.find()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "unused");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("JAVA_TOOL_OPTIONS", serviceJvmOpts == null ? "" : serviceJvmOpts);
        Path jar = projectRoot.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("logs/" + service + "-service.log");
        long begin = System.nanoTime();
        ServiceProcess process = ServiceProcess.start(service + "-service", jar, env, log);
        double readyMs = (System.nanoTime() - begin) / 1e6;
        return new Service(process, pidOf(jar), readyMs, quarkusStartedMs(log));
    }

    String token(String role) {
        return new TokenIssuer(keys.privateKey()).issue(ISSUER, "bench-" + role, Set.of(role), Duration.ofHours(2));
    }

    /** The harness's own connections, as {@link #HARNESS_ROLE}: what the services ask is told apart from them. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), HARNESS_ROLE, "");
    }

    /** The services log in as {@link EmbeddedPostgres#USER}; the harness's queries run as a role of their own. */
    private void createHarnessRole() {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bench"), EmbeddedPostgres.USER, "");
             Statement s = c.createStatement()) {
            s.execute("create role " + HARNESS_ROLE + " login superuser");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the harness's database role", e);
        }
    }

    /** VmRSS of the process in MiB, from /proc/&lt;pid&gt;/status. */
    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the status of process " + pid, e);
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }

    /** ServiceProcess does not say which pid it started; it is the child JVM whose arguments name the jar. */
    private static long pidOf(Path jar) {
        String path = jar.toAbsolutePath().toString();
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(path)).orElse(false))
                .filter(ProcessHandle::isAlive)
                .mapToLong(ProcessHandle::pid).max()
                .orElseThrow(() -> new IllegalStateException("No child process runs " + path));
    }

    private static double quarkusStartedMs(Path log) {
        try {
            Matcher m = QUARKUS_STARTED.matcher(Files.readString(log));
            double last = Double.NaN;
            while (m.find()) {
                last = Double.parseDouble(m.group(1)) * 1000;
            }
            return last;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        for (Service s : new Service[] {rutan, disnaker}) {
            if (s != null) {
                s.process().stop();
            }
        }
        kafka.stop();
        postgres.stop();
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("kafka-broker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the previous run in " + dir, e);
        }
    }
}
