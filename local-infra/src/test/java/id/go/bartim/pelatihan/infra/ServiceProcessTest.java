package id.go.bartim.pelatihan.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void trims_the_native_heap_only_on_a_jdk_that_has_the_flag() {
        assertTrue(ServiceProcess.flags(Runtime.Version.parse("17.0.15+6")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertTrue(ServiceProcess.flags(Runtime.Version.parse("21.0.1")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertTrue(ServiceProcess.flags(Runtime.Version.parse("25.0.1")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertFalse(ServiceProcess.flags(Runtime.Version.parse("17.0.8")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertFalse(ServiceProcess.flags(Runtime.Version.parse("21")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertFalse(ServiceProcess.flags(Runtime.Version.parse("19.0.2")).contains("-XX:TrimNativeHeapInterval=2000"));
        assertTrue(ServiceProcess.flags(Runtime.Version.parse("17.0.8")).contains("-XX:+UseSerialGC"));
    }
}
