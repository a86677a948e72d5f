package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.RecordedSpans;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.bartim.pelatihan.testing.TraceIds.hex;
import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 12: the W3C trace context goes from a request into its outbox row and on as the event's {@code traceparent}
 * header; a consumed event continues the trace of its header; log lines carry the trace id; and no span names a NIK
 * sent in a query string. Each test sends its own {@code traceparent}, so it finds its spans by trace id.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class TraceContextTest {

    @Inject
    RecordedSpans spans;

    @Inject
    AgroalDataSource db;

    @Inject
    EventProcessor processor;

    @Inject
    Tracer tracer;

    @Inject
    DecisionConsumer consumer;

    private final List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
    private final ExtHandler capture = new ExtHandler() {
        @Override
        protected void doPublish(ExtLogRecord record) {
            record.copyAll();
            logged.add(record);
        }
    };

    @BeforeEach
    void captureLogs() {
        root().addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        root().removeHandler(capture);
    }

    @Test
    void an_enrollment_request_carries_its_trace_through_the_outbox_to_the_event_header() throws SQLException {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        String traceId = hex(16);
        String callerSpan = hex(8);
        spans.watch(traceId);

        String id = officer().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + classId + "/enrollments")
                .then().statusCode(202).extract().path("id");

        String stored = storedTraceparent(id);
        assertNotNull(stored, "the outbox row keeps the request's trace context");
        assertEquals(traceId, stored.split("-")[1]);
        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElse(null), s -> s != null);
        assertEquals(callerSpan, server.getParentSpanId(), "the server span continues the caller's trace");
        assertEquals(server.getSpanId(), stored.split("-")[2], "the row names the request's span");
        assertTrue(spans.of(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                        && server.getSpanId().equals(s.getParentSpanId())),
                "the request's JDBC statements are spans of its trace: " + spans.of(traceId));

        ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20)).until(() -> kafka()
                .readAll(Topics.ENROLLMENTS).stream().filter(r -> id.equals(r.key())).findFirst().orElse(null),
                r -> r != null);
        String header = KafkaTopics.header(event, "traceparent");
        assertNotNull(header, "the event carries a traceparent header");
        assertEquals(traceId, header.split("-")[1]);
        SpanData publish = spans.of(traceId).stream().filter(s -> s.getSpanId().equals(header.split("-")[2]))
                .findFirst().orElseThrow(() -> new AssertionError("no publish span " + header));
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals(server.getSpanId(), publish.getParentSpanId(), "published as a child of the request's span");
        assertTrue(logged.stream().anyMatch(r -> r.getThreadName().equals("outbox-relay")
                        && r.getFormattedMessage().contains(id) && traceId.equals(r.getMdc("traceId"))),
                "the relay's line about the event carries its trace id");
    }

    @Test
    void a_consumed_decision_continues_the_trace_of_its_header_and_logs_under_it() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        accept(id);
        String traceId = hex(16);
        String producerSpan = hex(8);
        spans.watch(traceId);

        // The same decision again: applied under its own span, found already made ("nothing to change" is logged)
        processor.processBatch(DecisionConsumer.CONSUMER, List.of(decision(id, "00-" + traceId + "-" + producerSpan
                + "-01")), consumer::apply);

        SpanData consumed = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElse(null), s -> s != null);
        assertEquals(producerSpan, consumed.getParentSpanId());
        assertEquals("process " + Topics.DECISIONS, consumed.getName());
        assertTrue(spans.of(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                && consumed.getSpanId().equals(s.getParentSpanId())), "its statements are children of it");
        assertTrue(logged.stream().anyMatch(r -> r.getFormattedMessage().contains("nothing to change")
                        && r.getFormattedMessage().contains(id) && traceId.equals(r.getMdc("traceId"))
                        && consumed.getSpanId().equals(r.getMdc("spanId"))),
                "the handler's line carries the event's trace and span id");
    }

    @Test
    void a_nik_in_a_query_string_stays_out_of_the_request_span() {
        String nik = "3174" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        String traceId = hex(16);
        spans.watch(traceId);

        officer().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01").queryParam("q", nik)
                .get("/api/v1/inmates").then().statusCode(200);

        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElse(null), s -> s != null);
        assertEquals("q=REDACTED", server.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("url.query")).map(e -> e.getValue().toString())
                .findFirst().orElse("q=REDACTED"));
        for (SpanData span : spans.of(traceId)) {
            assertFalse(span.toString().contains(nik), "a span names the NIK: " + span);
        }
    }

    @Test
    void a_nik_typed_where_an_id_belongs_stays_out_of_the_request_span() {
        String nik = "3174" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        String traceId = hex(16);
        spans.watch(traceId);

        int status = officer().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .get("/api/v1/inmates/" + nik).statusCode();

        assertTrue(status >= 400 && status < 500, "refused, not failed: " + status);
        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElse(null), s -> s != null);
        assertEquals("/api/v1/inmates/REDACTED", server.getAttributes().get(AttributeKey.stringKey("url.path")));
        for (SpanData span : spans.of(traceId)) {
            assertFalse(span.toString().contains(nik), "a span names the NIK: " + span);
        }
    }

    @Test
    void a_failed_statement_quoting_a_value_leaves_no_message_in_its_span() throws SQLException {
        String nik = "3174" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L)) + "x";
        Span parent = tracer.spanBuilder("a failing statement").startSpan();
        String traceId = parent.getSpanContext().getTraceId();
        spans.watch(traceId);
        try (Scope scope = parent.makeCurrent(); Connection connection = db.getConnection();
             PreparedStatement statement = connection.prepareStatement("select cast(? as integer)")) {
            statement.setString(1, nik);
            // PostgreSQL's message quotes the value: invalid input syntax for type integer: "3174...x"
            SQLException failed = assertThrows(SQLException.class, statement::executeQuery);
            assertTrue(failed.getMessage().contains(nik), "the driver's message quotes it: " + failed.getMessage());
        } finally {
            parent.end();
        }

        SpanData statement = await().atMost(Duration.ofSeconds(10)).until(() -> spans.of(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().orElse(null), s -> s != null);
        assertEquals(StatusCode.ERROR, statement.getStatus().getStatusCode());
        assertTrue(statement.getEvents().isEmpty(), "no exception event: " + statement.getEvents());
        for (SpanData span : spans.of(traceId)) {
            assertFalse(span.toString().contains(nik), "a span quotes the value: " + span);
        }
    }

    private ConsumerRecord<String, String> decision(String id, String traceparent) {
        String json = """
                {"enrollmentId": "%s", "year": %d, "decidedAt": "%s"}"""
                .formatted(id, OffsetDateTime.now(WIB).getYear(), OffsetDateTime.now(WIB));
        ProducerRecord<String, String> sent = KafkaTopics.cloudEvent(Topics.DECISIONS, id,
                EventTypes.ENROLLMENT_ACCEPTED, UUID.randomUUID(), json);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DECISIONS, 0,
                ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2), id, json);
        sent.headers().forEach(h -> record.headers().add(h));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String storedTraceparent(String enrollmentId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select traceparent from outbox_message where message_key = ? and event_type = ?")) {
            q.setString(1, enrollmentId);
            q.setString(2, EventTypes.ENROLLMENT_REQUESTED);
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static KafkaTopics kafka() {
        return new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static Logger root() {
        return LogContext.getLogContext().getLogger("");
    }
}
