package id.go.bartim.pelatihan.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integrators' example ({@code docs/examples/lifecycle.sh}: bash, curl and jq) runs as documented against both
 * services as processes, so it stays true: the script checks every step's status and exits 1 on any it did not expect.
 */
class LifecycleExampleFlowTest {

    @Test
    void the_documented_lifecycle_runs_from_program_to_public_verification() throws IOException, InterruptedException {
        TrainingSystem system = TrainingSystem.get();
        Path out = Files.createDirectories(system.root.resolve("lifecycle-example"));
        // Output to a file read after the end, so a hung script fails at the limit instead of blocking on a pipe
        Path log = out.resolve("lifecycle.out");
        ProcessBuilder script = new ProcessBuilder("bash", "docs/examples/lifecycle.sh")
                .directory(system.projectRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        script.environment().putAll(Map.of(
                "RUTAN_URL", system.rutan.baseUrl(),
                "DISNAKER_URL", system.disnaker.baseUrl(),
                "RUTAN_TOKEN", system.token("rutan-officer"),
                "DISNAKER_TOKEN", system.token("disnaker-officer"),
                "WAIT_SECONDS", Long.toString(Flows.PROPAGATION.toSeconds()),
                "OUT", out.toString()));
        Process run = script.start();
        run.getOutputStream().close();
        boolean ended = run.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the script did not end within 5 minutes:\n" + output);

        assertEquals(0, run.exitValue(), output);
        assertTrue(output.strip().lines().reduce((first, second) -> second).orElse("").startsWith("lifecycle: ok"),
                output);
        assertTrue(output.contains("GET api/v1/public/certificates/verification"), output);
        assertTrue(Files.size(out.resolve("certificate.pdf")) > 1_000, "the certificate's PDF was saved");
    }
}
