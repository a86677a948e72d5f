package id.go.bartim.pelatihan.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;

/**
 * A W3C trace context as text ({@code traceparent}, and {@code tracestate} when there is one): what an outbox row keeps
 * of the span that wrote it, and what the relay sends as the record's headers, so a consumer continues the same trace.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The current span's context, or null when no (valid) span is current. */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** The context's span as text, or null when it has no valid span. */
    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String parent = carrier.get(TRACEPARENT);
        return parent == null ? null : new TraceContext(parent, carrier.get(TRACESTATE));
    }

    /** The remote span it names, as a parent for a new span ({@link Context#root()} with it when it cannot be read). */
    public Context asParent() {
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, FROM_MAP);
    }

    /** Whether {@link #asParent()} names a valid span (a malformed header does not). */
    public boolean readable() {
        return Span.fromContext(asParent()).getSpanContext().isValid();
    }
}
