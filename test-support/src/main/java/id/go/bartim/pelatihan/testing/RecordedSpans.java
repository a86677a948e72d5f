package id.go.bartim.pelatihan.testing;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spans the service finished, kept in memory for assertions (a span processor bean joins the SDK's own). Only
 * spans of traces a test asked for are kept, so the suite's other traffic does not pile up.
 */
@Singleton
public class RecordedSpans implements SpanProcessor {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final Set<String> traces = ConcurrentHashMap.newKeySet();

    /** Keep the spans of this trace from now on. */
    public void watch(String traceId) {
        traces.add(traceId);
    }

    public List<SpanData> of(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (traces.contains(span.getSpanContext().getTraceId())) {
            spans.export(List.of(span.toSpanData()));
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
