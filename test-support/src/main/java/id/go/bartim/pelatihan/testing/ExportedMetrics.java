package id.go.bartim.pelatihan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    public static void assertListedExported(String service, Set<String> exported) {
        for (String name : listed(service)) {
            assertTrue(exported.contains(name), name + " is listed in " + list(service) + " but not exported");
        }
    }

    /** The names {@code deploy/prometheus/metrics/<service>.txt} lists (blank lines and {@code #} comments left out). */
    public static Set<String> listed(String service) {
        try {
            return Files.readAllLines(list(service)).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("no metric list for " + service, e);
        }
    }

    private static Path list(String service) {
        return CheckTools.projectRoot().resolve("deploy/prometheus/metrics/" + service + ".txt");
    }
}
