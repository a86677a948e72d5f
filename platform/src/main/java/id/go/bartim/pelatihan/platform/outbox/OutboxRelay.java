package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.contract.CloudEventHeaders;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.tracing.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in commit order. One relay at a time per database holds a
 * transaction-scoped advisory lock, so two replicas never interleave one key's events; rows are
 * marked published in the same transaction only after the broker acknowledged every record.
 * A crash between send and commit re-sends rows with their original {@code ce_id}, which
 * consumers deduplicate. Each record carries the trace context its row was written in as the {@code traceparent}
 * (and {@code tracestate}) header, through a publish span that is a child of it.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Advisory lock id of the relay ("OUTBOX" in ASCII); each service has its own database. */
    private static final long RELAY_LOCK = 0x4F5554424F58L;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxProducer producer;

    @Inject
    PlainStatements statements;

    @Inject
    MeterRegistry registry;

    @Inject
    OpenTelemetry openTelemetry;

    private Tracer tracer;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    @PostConstruct
    void init() {
        tracer = openTelemetry.getTracer("id.go.bartim.pelatihan.platform.outbox");
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("Outbox relay disabled by configuration");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxAppended appended) {
        wake.release();
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                int sent = drainOnce();
                failures = 0;
                if (sent < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                long pause = Math.min(config.maxBackoff().toMillis(), 250L << Math.min(failures, 10));
                Log.warnf("Outbox relay could not publish (attempt %d, next in %d ms): %s",
                        failures, pause, e.getMessage());
                producer.reset();
                pauseQuietly(pause);
            }
        }
    }

    /** Publishes one batch; returns how many rows it published (0 when another replica holds the lock). */
    int drainOnce() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            // Plain JDBC throughout, no Hibernate query: a native query without a result mapping piles up entries in
            // Hibernate's interpretation cache under one hash, and loading the batch as entities made the bulk update
            // flush (dirty-check) every one of them first
            if (!statements.query("select pg_try_advisory_xact_lock(?)", row -> row.getBoolean(1), RELAY_LOCK).get(0)) {
                return 0;
            }
            List<OutboxMessage> batch = statements.query(OutboxMessage.NEXT_BATCH, OutboxMessage::read,
                    config.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            publish(batch);
            statements.execute(OutboxMessage.MARK_PUBLISHED, OffsetDateTime.now(),
                    batch.stream().mapToLong(OutboxMessage::id).toArray());
            return batch.size();
        });
    }

    private void publish(List<OutboxMessage> batch) throws Exception {
        KafkaProducer<String, String> kafka = producer.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            for (OutboxMessage m : batch) {
                Span span = publishSpan(m);
                spans.add(span);
                acks.add(kafka.send(toRecord(m, span)));
            }
            kafka.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(producer.sendWait().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
        OffsetDateTime acknowledged = OffsetDateTime.now();
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage m = batch.get(i);
            registry.counter("outbox.published", "topic", m.topic(), "type", m.eventType()).increment();
            Timer.builder("outbox.publish.lag")
                    .description("From an outbox row's commit (its event's occurredAt) to the broker's acknowledgement")
                    .tag("topic", m.topic()).register(registry)
                    .record(Duration.between(m.occurredAt(), acknowledged));
            try (Scope traced = Context.root().with(spans.get(i)).makeCurrent()) {
                Log.debugf("published %s ce_id=%s key=%s", m.eventType(), m.eventId(), m.messageKey());
            }
        }
    }

    /** A producer span, child of the span that wrote the row; a row written outside any span gets none (invalid). */
    private Span publishSpan(OutboxMessage m) {
        if (m.trace() == null || !m.trace().readable()) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("publish " + m.topic())
                .setParent(m.trace().asParent())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", m.topic())
                .setAttribute("messaging.message.id", m.eventId().toString())
                .setAttribute("cloudevents.event_type", m.eventType())
                .startSpan();
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage m, Span span) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, m.eventId().toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, m.eventType());
        header(headers, CloudEventHeaders.TIME, ceTime(m.occurredAt()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        TraceContext trace = TraceContext.of(Context.root().with(span));
        if (trace != null) {
            header(headers, TraceContext.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                header(headers, TraceContext.TRACESTATE, trace.tracestate());
            }
        }
        return new ProducerRecord<>(m.topic(), null, m.messageKey(), m.payload(), headers);
    }

    /** RFC 3339, seconds always there: {@code OffsetDateTime.toString()} leaves them out when they and the fraction are 0. */
    static String ceTime(OffsetDateTime occurredAt) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void pauseQuietly(long millis) {
        try {
            // A broker outage must not spin the CPU: back off without listening to commit wake-ups.
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
