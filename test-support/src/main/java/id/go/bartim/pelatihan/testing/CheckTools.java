package id.go.bartim.pelatihan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line checkers that {@code .ci/tools.sh} puts under {@code .tools/} and {@code deploy/tools/node_modules}
 * (promtool, kubectl, the npm tools), and one way to run them. A missing tool fails the test with a message saying
 * how to get it; it is never skipped.
 */
public final class CheckTools {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private CheckTools() {
    }

    /** The repository's root directory (surefire passes {@code project.root}). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    }

    /** {@code .tools/bin/<name>}, checked to be there. */
    public static Path binary(String name) {
        return existing(projectRoot().resolve(".tools/bin").resolve(name));
    }

    /** {@code deploy/tools/node_modules/.bin/<name>}, checked to be there. */
    public static Path npmBinary(String name) {
        return existing(projectRoot().resolve("deploy/tools/node_modules/.bin").resolve(name));
    }

    private static Path existing(Path tool) {
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException(tool + " is missing: run .ci/tools.sh once (.ci/run does)");
        }
        return tool;
    }

    /** What a finished command printed (standard output and error together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    /** Runs {@code command} in {@code directory}, waiting at most three minutes. */
    public static Result run(Path directory, List<String> command) {
        return run(directory, command, LIMIT);
    }

    /**
     * Runs {@code command} in {@code directory}, waiting at most {@code limit}. Its output goes to a file read once it
     * has ended: a tool that hangs (or leaves a child holding its output open) fails at the limit instead of
     * blocking the test for ever on a pipe.
     */
    public static Result run(Path directory, List<String> command, Duration limit) {
        Path output = null;
        try {
            output = Files.createTempFile("check-tool-", ".out");
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + limit);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // a temporary file left behind changes no result
                }
            }
        }
    }
}
