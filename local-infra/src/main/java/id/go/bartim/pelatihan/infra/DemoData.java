package id.go.bartim.pelatihan.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

/** The demo programs of a local run: created through disnaker's API, then awaited in rutan's replica (via Kafka). */
final class DemoData {

    /** A catalog entry as POST /api/v1/programs takes it (SPEC 4). */
    record DemoProgram(String code, String name, String sector, int trainingHours, String description) {
        String json() {
            return "{\"code\":" + quoted(code) + ",\"name\":" + quoted(name)
                    + ",\"sector\":" + quoted(sector) + ",\"description\":" + quoted(description)
                    + ",\"trainingHours\":" + trainingHours + ",\"minAttendancePercent\":80,\"active\":true}";
        }
    }

    static final List<DemoProgram> PROGRAMS = List.of(
            new DemoProgram("PTK-01", "Pertukangan Kayu", "Konstruksi", 160,
                    "Dasar pertukangan kayu: membuat kusen, pintu dan mebel sederhana."),
            new DemoProgram("OTO-01", "Perbengkelan Sepeda Motor", "Otomotif", 200,
                    "Perawatan dan perbaikan sepeda motor: mesin, kelistrikan dan rem."),
            new DemoProgram("BGA-01", "Tata Boga", "Pariwisata", 120,
                    "Mengolah dan menyajikan makanan dengan standar kebersihan dan keamanan pangan."));

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Duration REPLICA_DEADLINE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final TokenIssuer tokens;
    private final String issuer;

    DemoData(TokenIssuer tokens, String issuer) {
        this.tokens = tokens;
        this.issuer = issuer;
    }

    /** Creates each program unless it exists: on a later run disnaker answers 409, which is fine. */
    void seed(ServiceProcess disnaker) {
        String token = token("disnaker-officer");
        for (DemoProgram program : PROGRAMS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(disnaker.baseUrl() + "/api/v1/programs"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    // a fresh key: the same key again would replay the first 201 instead of saying "exists"
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(program.json())).build();
            HttpResponse<String> response = send(request);
            switch (response.statusCode()) {
                case 201 -> LOG.infof("Seeded program %s", program.code());
                case 409 -> LOG.infof("Program %s already in the catalog", program.code());
                default -> throw new IllegalStateException("Seeding " + program.code() + " failed: HTTP "
                        + response.statusCode() + " " + response.body());
            }
        }
    }

    /** Waits until rutan's program replica lists every demo program, which proves the Kafka path works. */
    void awaitReplica(ServiceProcess rutan) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(rutan.baseUrl() + "/api/v1/programs?size=100"))
                .header("Authorization", "Bearer " + token("rutan-viewer")).GET().build();
        long deadline = System.nanoTime() + REPLICA_DEADLINE.toNanos();
        String lastBody = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(request);
            lastBody = response.body();
            if (response.statusCode() == 200 && listsAll(lastBody)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("rutan-service did not receive the demo programs within " + REPLICA_DEADLINE
                + " (events travel over Kafka; see the service logs). It lists: " + lastBody);
    }

    private static boolean listsAll(String body) {
        return PROGRAMS.stream().allMatch(program ->
                Pattern.compile("\"code\"\\s*:\\s*\"" + Pattern.quote(program.code()) + "\"").matcher(body).find());
    }

    private String token(String role) {
        return tokens.issue(issuer, "demo-seeder", Set.of(role), Duration.ofMinutes(5));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the program replica", e);
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
