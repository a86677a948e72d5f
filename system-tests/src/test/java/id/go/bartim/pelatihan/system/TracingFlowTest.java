package id.go.bartim.pelatihan.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.system.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.go.bartim.pelatihan.testing.TraceIds.hex;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 12 across the two processes: both export by OTLP to a collector this test runs; one enrollment is ONE trace,
 * from the POST on rutan through disnaker's decision to the decision applied on rutan, every span's parent in it.
 */
class TracingFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
        flows = new Flows(system);
    }

    @Test
    void an_enrollment_is_one_trace_from_the_request_through_disnaker_to_the_decision_on_rutan() {
        String classId = flows.runningClass(flows.program(80), 10);
        String inmateId = flows.inmate();
        String traceId = hex(16);
        String caller = hex(8);

        String id = flows.rutan().header("traceparent", "00-" + traceId + "-" + caller + "-01")
                .body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + classId + "/enrollments")
                .then().statusCode(202).extract().path("id");
        flows.awaitOnRutan(id, "ACCEPTED");

        ReceivedSpan applied = await().atMost(Flows.PROPAGATION).until(() -> system.traces.trace(traceId).stream()
                .filter(s -> s.service().equals("rutan-service") && s.kind() == OtlpReceiver.CONSUMER)
                .findFirst().orElse(null), s -> s != null);
        // each service exports on its own schedule: the spans of disnaker may arrive after rutan's last one
        await().atMost(Flows.PROPAGATION).untilAsserted(() -> {
            List<ReceivedSpan> trace = system.traces.trace(traceId);
            Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s));

            // From the decision applied on rutan back up to the request: each hop's parent is the one before it
            ReceivedSpan decisionPublished = parent(byId, applied);
            assertEquals("disnaker-service", decisionPublished.service());
            assertEquals(OtlpReceiver.PRODUCER, decisionPublished.kind());
            ReceivedSpan decided = parent(byId, decisionPublished);
            assertEquals("disnaker-service", decided.service());
            assertEquals(OtlpReceiver.CONSUMER, decided.kind());
            ReceivedSpan requestPublished = parent(byId, decided);
            assertEquals("rutan-service", requestPublished.service());
            assertEquals(OtlpReceiver.PRODUCER, requestPublished.kind());
            ReceivedSpan request = parent(byId, requestPublished);
            assertEquals("rutan-service", request.service());
            assertEquals(OtlpReceiver.SERVER, request.kind());
            assertEquals(caller, request.parentSpanId(), "the request continues the caller's trace");

            for (ReceivedSpan span : trace) {
                assertTrue(span == request || byId.containsKey(span.parentSpanId()),
                        "every span's parent is in the trace: " + span + " in " + trace);
            }
            Set<String> services = trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
            assertEquals(Set.of("rutan-service", "disnaker-service"), services);
            assertTrue(trace.stream().anyMatch(s -> s.service().equals("rutan-service")
                    && s.parentSpanId().equals(applied.spanId()) && s.kind() == OtlpReceiver.CLIENT),
                    "rutan's statements applying the decision are spans of it (JDBC): " + trace);
        });
    }

    @Test
    void a_consumer_thread_logs_json_lines_with_the_trace_of_the_event_it_handles() throws IOException {
        String traceId = hex(16);
        String code = "TRC-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        flows.disnaker().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body(Map.of("code", code, "name", "Program " + code, "sector", "Industri", "trainingHours", 40,
                        "minAttendancePercent", 75)).post("/api/v1/programs").then().statusCode(201);
        await().atMost(Flows.PROPAGATION)
                .until(() -> flows.rutan().get("/api/v1/programs/" + code).statusCode() == 200);

        // rutan's programs consumer logs each event it applied, on its own thread, under the event's span; the
        // services log JSON lines (TrainingSystem), as in production
        JsonNode line = await().atMost(Flows.PROPAGATION).until(() -> rutanLog().filter(l -> l.path("message")
                .asText().contains("key=" + code) && l.path("message").asText().contains(" applied"))
                .findFirst().orElse(null), l -> l != null);
        assertEquals(traceId, line.path("mdc").path("traceId").asText(), line.toString());
        assertTrue(line.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), line.toString());
    }

    /** rutan's JSON log lines; anything else the JVM printed (a warning before logging starts) is left out. */
    private static Stream<JsonNode> rutanLog() throws IOException {
        try (Stream<Path> logs = Files.list(system.root.resolve("logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("rutan-rutan-")).findFirst()
                    .orElseThrow();
            return Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).map(TracingFlowTest::json);
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }

    private static ReceivedSpan parent(Map<String, ReceivedSpan> byId, ReceivedSpan span) {
        ReceivedSpan parent = byId.get(span.parentSpanId());
        assertTrue(parent != null, "the parent of " + span + " is in the trace: " + byId.values());
        return parent;
    }
}
