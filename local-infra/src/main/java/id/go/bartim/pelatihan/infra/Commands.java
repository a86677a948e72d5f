package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs short-lived external commands (initdb, pg_ctl, psql, chown) and captures their output. */
final class Commands {

    /** Exit code and combined stdout/stderr of a finished command. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private Commands() {
    }

    static Result run(List<String> command, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // Read on another thread: a chatty command would block on a full pipe before it exits.
            var output = new CompletableFuture<String>();
            Thread reader = new Thread(() -> output.complete(readAll(process.getInputStream())));
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout + ": " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output.get(5, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the output of " + String.join(" ", command), e);
        }
    }

    /** Like {@link #run} but fails, with the command's output, on a non-zero exit code. */
    static String runOrFail(List<String> command, Duration timeout) {
        Result result = run(command, timeout);
        if (!result.ok()) {
            throw new IllegalStateException("Command failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<output unreadable: " + e.getMessage() + ">";
        }
    }
}
