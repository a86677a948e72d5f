package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A child JVM that must never outlive us: started with its output appended to a log, stopped
 * gracefully (SIGTERM, then SIGKILL after a grace period) or killed as in a crash, restartable.
 */
abstract class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class);

    private final String label;
    private final Duration stopGrace;
    protected final Path logFile;
    private final Thread shutdownHook = new Thread(this::kill, "child-process-killer");
    protected volatile Process process;

    ChildProcess(String label, Path logFile, Duration stopGrace) {
        this.label = label;
        this.logFile = logFile;
        this.stopGrace = stopGrace;
        // SIGKILL on exit: a JVM going away must not wait for children, and none may outlive it.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the process and returns once it is ready. */
    abstract void launch();

    /**
     * Spawns {@code command} with its output appended to the log. Our shutdown hook kills it when this JVM exits;
     * {@link OrphanGuard} kills it when this JVM is killed (no hook runs then).
     */
    Process spawn(ProcessBuilder builder) {
        try {
            Process started = builder.redirectErrorStream(true).redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .start();
            try {
                OrphanGuard.guard(started.pid(), "KILL");
            } catch (RuntimeException noWatchdog) {
                // Not yet in `process`: neither stop() nor the shutdown hook could reach it
                started.destroyForcibly();
                throw noWatchdog;
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + label + ": " + builder.command(), e);
        }
    }

    static ProcessBuilder command(List<String> command) {
        return new ProcessBuilder(command);
    }

    /** The operating system's id of the running process, for readings such as {@code /proc/<pid>/status}. */
    public long pid() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException(label + " is not running");
        }
        return current.pid();
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** Graceful shutdown (SIGTERM); forced after the grace period. */
    public synchronized void stop() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!waitFor(current, stopGrace)) {
            LOG.warnf("%s did not stop within %s; killing it", label, stopGrace);
            kill();
        }
    }

    /** Abrupt death (SIGKILL), as in a crash. */
    public void kill() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
            waitFor(current, stopGrace);
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

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
