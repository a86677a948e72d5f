package id.go.bartim.pelatihan.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The series names a service exports at {@code /q/metrics}, and the check that each one the alerts and dashboards may
 * use ({@code deploy/prometheus/metrics/<service>.txt}) is among them.
 */
public final class ExportedMetrics {

    private ExportedMetrics() {
    }

    /** Every series name of the running service's {@code /q/metrics} (labels and values left out). */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** Fails unless every name listed in {@code deploy/prometheus/metrics/<service>.txt} is in {@code exported}. */
    public static void assertListedExported(String service, Set<String> exported) throws IOException {
        Path listed = CheckTools.projectRoot().resolve("deploy/prometheus/metrics/" + service + ".txt");
        for (String name : Files.readAllLines(listed)) {
            if (!name.isBlank() && !name.startsWith("#")) {
                assertTrue(exported.contains(name.strip()), name + " is listed in " + listed + " but not exported");
            }
        }
    }
}
