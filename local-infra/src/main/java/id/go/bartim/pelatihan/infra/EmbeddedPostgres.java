package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;

/** A real PostgreSQL server started from the installed (or bundled) binaries, for tests and local runs. */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The superuser created by initdb; local connections are trusted, so there is no password. */
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DUPLICATE_DATABASE = "42P04";
    /** Unix socket paths are limited to ~107 bytes, including "/.s.PGSQL.nnnnn". */
    private static final int MAX_SOCKET_DIR_LENGTH = 90;

    private final PgInstallation pg;
    private final Path dataDir;
    private final int port;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "embedded-postgres-stopper");
    private boolean running;
    private boolean durable;
    private List<String> settings = List.of();

    private EmbeddedPostgres(PgInstallation pg, Path dataDir, int port) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A throwaway server (no fsync) on {@code port}, or on a free port when it is 0. */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /**
     * A server keeping its data in {@code dataDir} across runs. {@code durable=false} turns off fsync and
     * friends: fast, but a crash of the machine may corrupt the data, so only for throwaway instances.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean durable) {
        return start(PgInstallation.locate(), dataDir, port, durable);
    }

    /**
     * As {@link #start(Path, int, boolean)}, with more server settings ({@code name=value}, each passed as
     * {@code -c}), e.g. {@code shared_preload_libraries=pg_stat_statements} for the benchmark's statement counts.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean durable, List<String> settings) {
        for (String setting : settings) {
            if (!setting.matches("[a-z_.]+=[A-Za-z0-9_.,]+")) {
                throw new IllegalArgumentException("Not a name=value server setting: " + setting);
            }
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(PgInstallation.locate(),
                dataDir.toAbsolutePath().normalize(), FreePorts.orFree(port));
        postgres.settings = List.copyOf(settings);
        postgres.boot(durable);
        return postgres;
    }

    static EmbeddedPostgres start(PgInstallation pg, Path dataDir, int port, boolean durable) {
        EmbeddedPostgres postgres =
                new EmbeddedPostgres(pg, dataDir.toAbsolutePath().normalize(), FreePorts.orFree(port));
        postgres.boot(durable);
        return postgres;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Creates the database unless it already exists. */
    public void createDatabase(String name) {
        // JDBC rather than psql: the bundled binaries have no psql
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + quoteIdentifier(name));
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        Commands.runOrFail(pg.server("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), TIMEOUT);
        running = false;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself: nothing left to unregister.
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Leaves stopping to the caller's own shutdown hook, which can then stop things in order (the JVM runs
     * hooks concurrently, so this one would stop the server while the caller's services still use it).
     */
    void disableShutdownHook() {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }

    /** Starts the server again on the same port and data, e.g. after {@link #stop()} in a fault test. */
    public synchronized void restart() {
        stop();
        boot(durable);
    }

    private synchronized void boot(boolean durable) {
        this.durable = durable;
        long begin = System.nanoTime();
        Path logFile = logFile();
        Path socketDir = socketDir();
        prepare(logFile, socketDir);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            PgInitdb.run(pg, dataDir, durable);
        }
        clearStalePid();
        Commands.runOrFail(pg.server("pg_ctl", "-D", dataDir.toString(), "-l", logFile.toString(),
                "-o", serverOptions(socketDir, durable), "-w", "-t", "60", "start"), TIMEOUT);
        running = true;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        // pg_ctl leaves the server running on its own: if this JVM is killed, no hook stops it; the watchdog does
        // (SIGQUIT: PostgreSQL's immediate shutdown, crash-safe; the next start recovers from the WAL)
        OrphanGuard.guard(postmasterPid(), "QUIT");
        LOG.infof("PostgreSQL ready on 127.0.0.1:%d in %d ms (data %s)",
                port, (System.nanoTime() - begin) / 1_000_000, dataDir);
    }

    /**
     * The server's log. Its errors are terse (no DETAIL, HINT, QUERY or CONTEXT lines): a constraint's DETAIL quotes
     * the row or key that failed ({@code Failing row contains (...)}, {@code Key (nik)=(...)}), which can hold a NIK.
     */
    public Path logFile() {
        return dataDir.resolveSibling("postgres.log");
    }

    private String serverOptions(Path socketDir, boolean durable) {
        String options = "-p " + port + " -k '" + socketDir + "' -c listen_addresses=127.0.0.1"
                + " -c max_connections=200 -c shared_buffers=64MB -c log_error_verbosity=terse";
        for (String setting : settings) {
            options += " -c " + setting;
        }
        return durable ? options
                : options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    }

    private void prepare(Path logFile, Path socketDir) {
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(logFile)) {
                Files.createFile(logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dataDir, e);
        }
        pg.handOver(dataDir, logFile, socketDir);
    }

    /** Next to the data when the path is short enough for a Unix socket, else in a fresh temp dir. */
    private Path socketDir() {
        try {
            Path nextToData = dataDir.resolveSibling("pg-socket");
            if (nextToData.toString().length() <= MAX_SOCKET_DIR_LENGTH) {
                return Files.createDirectories(nextToData);
            }
            return Files.createTempDirectory("pg-socket");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a socket directory for PostgreSQL", e);
        }
    }

    /** The server's process id: the first line of postmaster.pid, written before pg_ctl -w returns. */
    private long postmasterPid() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the server's pid from " + pidFile, e);
        }
    }

    /** A postmaster.pid left by a killed run: stop that server if it still lives, else drop the file. */
    private void clearStalePid() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        LOG.warnf("Found %s from an earlier run; stopping that server first", pidFile);
        Commands.run(pg.server("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"), TIMEOUT);
        boolean stillRunning = Commands.run(pg.server("pg_ctl", "-D", dataDir.toString(), "status"), TIMEOUT).ok();
        if (!stillRunning) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove stale " + pidFile, e);
            }
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("Could not stop PostgreSQL in " + dataDir + ": " + e.getMessage());
        }
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
