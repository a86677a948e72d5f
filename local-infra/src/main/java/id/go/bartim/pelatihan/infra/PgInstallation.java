package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries to use (installed, or bundled), and the OS user they run as (PostgreSQL refuses to run
 * as root).
 */
final class PgInstallation {

    private static final Duration SHORT = Duration.ofSeconds(30);

    private final Path binDir;
    /** Null when we are not root and can run the binaries ourselves. */
    private final String osUser;

    private PgInstallation(Path binDir, String osUser) {
        this.binDir = binDir;
        this.osUser = osUser;
    }

    /**
     * PG_BIN, else the newest /usr/lib/postgresql/{version}/bin, else {@code pg_config --bindir}, else the binaries
     * bundled from Maven Central. {@code -Dpg.forceBundled=true} skips straight to the bundled ones.
     */
    static PgInstallation locate() {
        boolean root = "root".equals(System.getProperty("user.name"));
        String osUser = root ? unprivilegedUser() : null;
        Optional<Path> bundled =
                Boolean.getBoolean("pg.forceBundled") ? BundledPostgres.binDir(root) : Optional.empty();
        return withBinDir(bundled.orElseGet(() -> findBinDir(root)), osUser);
    }

    /** The binaries unpacked into {@code cacheRoot}, whatever is installed: for testing the fallback. */
    static PgInstallation bundled(Path cacheRoot) {
        boolean root = "root".equals(System.getProperty("user.name"));
        return withBinDir(BundledPostgres.unpack(cacheRoot), root ? unprivilegedUser() : null);
    }

    private static PgInstallation withBinDir(Path binDir, String osUser) {
        if (osUser != null) {
            makeParentsTraversable(binDir); // the unpacked tree itself is world-readable; its parents may not be
        }
        return new PgInstallation(binDir, osUser);
    }

    /** The command line for a server tool ({@code initdb}, {@code pg_ctl}), run as the right OS user. */
    List<String> server(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (osUser != null) {
            command.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Gives the server's OS user ownership of {@code paths} and a way to reach them from /. */
    void handOver(Path... paths) {
        if (osUser == null) {
            return;
        }
        for (Path path : paths) {
            makeParentsTraversable(path);
            Commands.runOrFail(List.of("chown", "-R", osUser + ":", path.toString()), SHORT);
        }
    }

    private static void makeParentsTraversable(Path path) {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
                if (perms.add(PosixFilePermission.OTHERS_EXECUTE)) {
                    Files.setPosixFilePermissions(dir, perms);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot let the PostgreSQL user traverse " + dir, e);
            }
        }
    }

    private static String unprivilegedUser() {
        return Commands.run(List.of("id", "-u", "postgres"), SHORT).ok() ? "postgres" : "nobody";
    }

    private static Path findBinDir(boolean root) {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            return requirePgCtl(Path.of(env), "PG_BIN");
        }
        return newestDebianInstall()
                .or(PgInstallation::fromPgConfig)
                .or(() -> BundledPostgres.binDir(root))
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries found, and none bundled for "
                        + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": install"
                        + " PostgreSQL or set PG_BIN to the directory holding initdb and pg_ctl"
                        + " (e.g. /usr/lib/postgresql/15/bin)"));
    }

    private static Optional<Path> newestDebianInstall() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingDouble(PgInstallation::version));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static double version(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Path> fromPgConfig() {
        try {
            Commands.Result result = Commands.run(List.of("pg_config", "--bindir"), SHORT);
            Path bin = Path.of(result.output().trim());
            return result.ok() && Files.isExecutable(bin.resolve("pg_ctl")) ? Optional.of(bin) : Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.empty(); // pg_config is not on the PATH
        }
    }

    private static Path requirePgCtl(Path bin, String source) {
        if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IllegalStateException(source + "=" + bin + " holds no executable pg_ctl");
        }
        return bin;
    }
}
