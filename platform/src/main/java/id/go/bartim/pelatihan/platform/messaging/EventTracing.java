package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.tracing.TraceContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The consumer side of the W3C trace context (SPEC 12): a span per consumed event whose parent is the record's
 * {@code traceparent} header, made current while the event's handler runs, so what the handler writes (its outbox
 * rows above all) carries the same trace on to the next service. A batch gets one span more, linked to its events'
 * spans, for the work done for all of them at once (a set-based flush, the commit). Attributes name topic, partition,
 * offset and {@code ce_id}/{@code ce_type}, never the payload.
 */
@ApplicationScoped
public class EventTracing {

    @Inject
    OpenTelemetry openTelemetry;

    private Tracer tracer;

    @PostConstruct
    void init() {
        tracer = openTelemetry.getTracer("id.go.bartim.pelatihan.platform.messaging");
    }

    /** A started, not yet current, span for one consumed event. */
    public Traced event(String consumer, ConsumerRecord<String, String> record, IncomingEvent event) {
        SpanBuilder span = tracer.spanBuilder("process " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type());
        TraceContext sent = sentWith(record);
        span.setParent(sent == null ? Context.root() : sent.asParent());
        return new Traced(span.startSpan());
    }

    /** The span of a batch's shared work, a root linked to each of its events' spans. */
    public Traced batch(String consumer, String topic, List<Traced> events) {
        SpanBuilder span = tracer.spanBuilder("process batch " + topic)
                .setSpanKind(SpanKind.INTERNAL)
                .setNoParent()
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.batch.message_count", (long) events.size());
        events.forEach(e -> span.addLink(e.span.getSpanContext()));
        return new Traced(span.startSpan());
    }

    /** Marks the current span as failed, naming the failure's class only (a message may quote a row's values). */
    static void failed(Throwable failure) {
        Span.current().setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    }

    private static TraceContext sentWith(ConsumerRecord<String, String> record) {
        String parent = header(record, TraceContext.TRACEPARENT);
        if (parent == null) {
            return null;
        }
        TraceContext sent = new TraceContext(parent, header(record, TraceContext.TRACESTATE));
        return sent.readable() ? sent : null;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * A span and its context: {@link #open()} makes it current (close the scope on the same thread), then
     * {@link #end()}.
     */
    public static final class Traced {

        private final Span span;
        private final Context context;

        Traced(Span span) {
            this.span = span;
            this.context = Context.root().with(span);
        }

        public Scope open() {
            return context.makeCurrent();
        }

        public void end() {
            span.end();
        }
    }
}
