package id.go.bartim.pelatihan.infra;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure paths; the happy path runs in system-tests and the local run, with the real services. */
class ServiceProcessTest {

    @TempDir
    Path temp;

    @Test
    void reports_the_log_tail_when_the_service_dies_before_it_is_ready() throws IOException {
        Path notAJar = Files.writeString(temp.resolve("quarkus-run.jar"), "not a jar");
        Map<String, String> env = Map.of("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.find()));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServiceProcess.start("broken-service", notAJar, env, temp.resolve("logs/broken.log")));

        assertTrue(failure.getMessage().contains("broken-service exited with code 1"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Invalid or corrupt jarfile"), failure.getMessage());
    }

    @Test
    void requires_the_port_in_the_environment() {
        assertThrows(IllegalArgumentException.class,
                () -> ServiceProcess.start("x", temp.resolve("x.jar"), Map.of(), temp.resolve("x.log")));
    }
}
