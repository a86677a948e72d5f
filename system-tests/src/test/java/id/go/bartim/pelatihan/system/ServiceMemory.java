package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * What a service process holds in memory, read from outside as an operator would: its resident set
 * ({@code /proc/<pid>/status} VmRSS), and from its own {@code /q/metrics} the heap in use and the direct buffers.
 * A reading is taken after a full garbage collection ({@code jcmd <pid> GC.run}), so it counts what is still
 * referenced, not garbage the collector had not come to yet.
 */
final class ServiceMemory {

    private static final double MIB = 1024 * 1024;

    /** One reading, in MiB, and the live threads (each has a stack of its own, outside the heap). */
    record Reading(double residentMiB, double heapMiB, double directMiB, double threads) {

        Reading minus(Reading before) {
            return new Reading(residentMiB - before.residentMiB, heapMiB - before.heapMiB,
                    directMiB - before.directMiB, threads - before.threads);
        }

        @Override
        public String toString() {
            return String.format("resident %.1f MiB, heap %.1f MiB, direct buffers %.1f MiB, %.0f threads",
                    residentMiB, heapMiB, directMiB, threads);
        }
    }

    private ServiceMemory() {
    }

    static Reading settledReading(ServiceProcess service) {
        collectGarbage(service.pid());
        String metrics = metrics(service);
        return new Reading(residentMiB(service.pid()),
                sum(metrics, "jvm_memory_used_bytes{", "area=\"heap\"") / MIB,
                sum(metrics, "jvm_buffer_memory_used_bytes{", "id=\"direct\"") / MIB,
                sum(metrics, "jvm_threads_live_threads", ""));
    }

    static String metrics(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the samples of {@code metric} (its name and opening brace) whose labels contain {@code label}. */
    static double sum(String metrics, String metric, String label) {
        return metrics.lines().filter(line -> line.startsWith(metric) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static double residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0; // kB
                }
            }
            throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectGarbage(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process gc = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), "GC.run"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                gc.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " GC.run failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
