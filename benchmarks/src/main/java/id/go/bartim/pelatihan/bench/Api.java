package id.go.bartim.pelatihan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST calls the benchmark makes, as officers would: set-up data and the requests under load. */
final class Api {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    /** Classes start five days ago, so the quota year is that day's year. */
    static final LocalDate CLASS_START = TODAY.minusDays(5);
    static final int CLASS_CAPACITY = 500;

    final HttpClient http;
    private final String rutan;
    private final String disnaker;
    private final String rutanToken;
    private final String disnakerToken;

    Api(HttpClient http, BenchSystem system) {
        this.http = http;
        this.rutan = system.rutan.process().baseUrl();
        this.disnaker = system.disnaker.process().baseUrl();
        this.rutanToken = system.token("rutan-officer");
        this.disnakerToken = system.token("disnaker-officer");
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpRequest health() {
        return HttpRequest.newBuilder(URI.create(rutan + "/q/health/live")).GET().build();
    }

    HttpRequest getInmate(String id) {
        return rutanRequest("/api/v1/inmates/" + id).GET().build();
    }

    HttpRequest postInmate(long n) {
        String body = "{\"registrationNumber\":\"BEN." + UUID.randomUUID().toString().substring(0, 8) + "." + n
                + "\",\"fullName\":\"Warga Binaan " + n + "\",\"birthDate\":\"1988-07-01\",\"sex\":\"MALE\""
                + ",\"custodyStatus\":\"CONVICT\",\"admissionDate\":\"" + TODAY.minusMonths(6) + "\"}";
        return rutanRequest("/api/v1/inmates").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpRequest postEnrollment(String classId, String inmateId) {
        return rutanRequest("/api/v1/classes/" + classId + "/enrollments")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inmateId\":\"" + inmateId + "\"}")).build();
    }

    /** A batch of enrollment requests into one class (SPEC 10), 1–500 inmates. */
    HttpRequest postEnrollmentBatch(String classId, java.util.List<String> inmateIds) {
        String ids = inmateIds.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(","));
        return rutanRequest("/api/v1/classes/" + classId + "/enrollment-batches")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inmateIds\":[" + ids + "]}")).build();
    }

    HttpRequest metrics() {
        return HttpRequest.newBuilder(URI.create(rutan + "/q/metrics")).GET().build();
    }

    /** A program on disnaker, waited for until rutan's replica has it (it travels over Kafka). */
    void program(String code) throws InterruptedException {
        String body = "{\"code\":\"" + code + "\",\"name\":\"Program " + code + "\",\"sector\":\"Industri\""
                + ",\"trainingHours\":40,\"minAttendancePercent\":80}";
        expect(send(disnakerRequest("/api/v1/programs").POST(HttpRequest.BodyPublishers.ofString(body)).build()), 201);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (send(rutanRequest("/api/v1/programs/" + code).GET().build()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rutan never received program " + code);
            }
            Thread.sleep(100);
        }
    }

    String trainingClass(String programCode, String name) {
        String body = "{\"programCode\":\"" + programCode + "\",\"name\":\"" + name + "\",\"startDate\":\""
                + CLASS_START + "\",\"endDate\":\"" + TODAY.plusDays(30) + "\",\"capacity\":" + CLASS_CAPACITY + "}";
        return idFromLocation(expect(send(rutanRequest("/api/v1/classes")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 201));
    }

    void quotaTarget(int year, int target) {
        expect(send(disnakerRequest("/api/v1/quota/" + year)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\":" + target + "}")).build()), 200);
    }

    String quota(int year) {
        return expect(send(disnakerRequest("/api/v1/quota/" + year).GET().build()), 200).body();
    }

    static String idFromLocation(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no Location in the answer to " + response.uri()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The integer value of a top-level JSON field, for the few figures read back. */
    static long field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?[0-9]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpRequest.Builder rutanRequest(String path) {
        return HttpRequest.newBuilder(URI.create(rutan + path)).header("Authorization", "Bearer " + rutanToken)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60));
    }

    private HttpRequest.Builder disnakerRequest(String path) {
        return HttpRequest.newBuilder(URI.create(disnaker + path)).header("Authorization", "Bearer " + disnakerToken)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60));
    }
}
