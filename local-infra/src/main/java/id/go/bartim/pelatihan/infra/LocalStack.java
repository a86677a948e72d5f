package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one-command local run (SPEC 6): PostgreSQL, a Kafka broker, both services and the demo programs, kept in
 * a data directory ({@code .local}) until Ctrl-C. Started by {@code ./run-local.sh}.
 */
public final class LocalStack {

    static final String ISSUER = "https://pelatihan.bartim.go.id/local";
    static final Path DEFAULT_DATA = Path.of(".local");
    private static final String USAGE = "usage: LocalStack [--data <dir>] [--reset]";

    private final Path data;
    private final Path projectRoot = Path.of("").toAbsolutePath();
    private volatile EmbeddedPostgres postgres;
    private volatile KafkaBrokerProcess kafka;
    private volatile ServiceProcess disnaker;
    private volatile ServiceProcess rutan;

    private LocalStack(Path data) {
        this.data = data.toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Path data = DEFAULT_DATA;
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(requireValue(args, ++i));
                case "--reset" -> reset = true;
                default -> exitWithUsage("unknown argument: " + args[i]);
            }
        }
        LocalStack stack = new LocalStack(data);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stopper"));
        try {
            if (reset) {
                stack.deleteData();
            }
            long begin = System.nanoTime();
            stack.start();
            System.out.println(stack.banner((System.nanoTime() - begin) / 1_000_000));
        } catch (RuntimeException e) {
            System.err.println("The local run failed: " + e.getMessage());
            System.exit(1); // the shutdown hook stops whatever did start
        }
        Thread.currentThread().join(); // until Ctrl-C
    }

    private void start() {
        DevKeys keys = DevKeys.ensure(data.resolve("keys"));
        postgres = EmbeddedPostgres.start(data.resolve("postgres"), FreePorts.preferred(15432), true);
        postgres.disableShutdownHook();
        postgres.createDatabase("rutan");
        postgres.createDatabase("disnaker");
        kafka = KafkaBrokerProcess.start(projectRoot, data.resolve("kafka"), FreePorts.preferred(19092));
        kafka.disableShutdownHook();
        // Both at once: each JVM spends most of its start waiting on its own I/O and Flyway.
        var disnakerStart = CompletableFuture.runAsync(() -> disnaker = startService("disnaker", 8082, keys));
        var rutanStart = CompletableFuture.runAsync(() -> rutan = startService("rutan", 8081, keys));
        try {
            CompletableFuture.allOf(disnakerStart, rutanStart).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        DemoData demo = new DemoData(new TokenIssuer(keys.privateKey()), ISSUER);
        demo.seed(disnaker);
        demo.awaitReplica(rutan);
    }

    private ServiceProcess startService(String service, int port, DevKeys keys) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "unused"); // local connections are trusted
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + keys.publicKeyPath().toAbsolutePath());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        String name = service + "-service";
        ServiceProcess process = ServiceProcess.start(name,
                projectRoot.resolve(name + "/target/quarkus-app/quarkus-run.jar"), env, logs().resolve(name + ".log"));
        process.disableShutdownHook();
        return process;
    }

    /** Services first (they would log errors about a vanished broker or database), then Kafka, then PostgreSQL. */
    private void stop() {
        // Both services at once: each spends seconds leaving its Kafka consumer groups.
        CompletableFuture.allOf(Stream.of(rutan, disnaker).filter(Objects::nonNull)
                .map(service -> CompletableFuture.runAsync(service::stop))
                .toArray(CompletableFuture[]::new)).join();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private String banner(long startMillis) {
        String rutanUrl = "http://localhost:" + rutan.port();
        String disnakerUrl = "http://localhost:" + disnaker.port();
        return String.join("\n",
                "",
                "=== rutan-service and disnaker-service are running (ready in %.1f s) ==="
                        .formatted(startMillis / 1000.0),
                "",
                service("rutan-service", rutanUrl),
                service("disnaker-service", disnakerUrl),
                "",
                "  Demo programs: " + DemoData.PROGRAMS.stream().map(p -> p.code() + " " + p.name())
                        .collect(Collectors.joining(", ")),
                "  Quota target " + Year.now(ZoneId.of("Asia/Jakarta"))
                        + ": 1000, the default (GET /api/v1/quota on disnaker-service)",
                "  Public pages:  " + disnakerUrl + "/verify   " + disnakerUrl + "/progress   (no token)",
                "  PostgreSQL:    " + postgres.jdbcUrl("{rutan,disnaker}") + " (user postgres, no password)",
                "  Kafka:         " + kafka.bootstrapServers(),
                "  Logs:          " + logs() + "/{rutan-service,disnaker-service}.log",
                "                 " + data.resolve("postgres.log") + ", " + data.resolve("kafka/broker.log"),
                "",
                "  A bearer token (roles rutan-officer, rutan-viewer, disnaker-officer, disnaker-viewer):",
                "    " + tokenCommand("rutan-officer [subject]"),
                "  Try it:",
                "    " + curl("rutan-viewer", rutanUrl + "/api/v1/programs"),
                "    " + curl("disnaker-viewer", disnakerUrl + "/api/v1/programs"),
                "",
                "Ctrl-C stops everything; ./run-local.sh --reset starts from empty.",
                "");
    }

    private String curl(String role, String url) {
        return "curl -H \"Authorization: Bearer $(" + tokenCommand(role) + ")\" " + url;
    }

    private String tokenCommand(String args) {
        return "./token.sh " + args + (data.equals(DEFAULT_DATA.toAbsolutePath()) ? "" : " --data " + data);
    }

    private static String service(String name, String url) {
        return "  %-17s %s/api/v1%n  %-17s Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi   Health %s/q/health"
                .formatted(name, url, "", url, url, url);
    }

    private Path logs() {
        return data.resolve("logs");
    }

    /** For --reset; refuses a directory that does not look like one of ours, so a typo cannot wipe a home. */
    private void deleteData() {
        if (!Files.isDirectory(data)) {
            return;
        }
        boolean ours = Stream.of("keys", "postgres", "kafka", "logs").anyMatch(d -> Files.isDirectory(data.resolve(d)));
        try (Stream<Path> paths = Files.walk(data)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            if (!ours && deepestFirst.size() > 1) {
                throw new IllegalStateException("Refusing to --reset " + data + ": not a local run's data directory");
            }
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + data, e);
        }
    }

    /** Progress on stderr as one short line per step; the banner alone goes to stdout. */
    private static void quietLogging() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // kafka-clients: no SLF4J binding here, on purpose
    }

    private static String requireValue(String[] args, int i) {
        if (i >= args.length) {
            exitWithUsage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void exitWithUsage(String problem) {
        System.err.println(problem + "\n" + USAGE);
        System.exit(2);
    }
}
