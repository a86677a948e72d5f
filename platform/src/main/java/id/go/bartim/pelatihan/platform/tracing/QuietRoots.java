package id.go.bartim.pelatihan.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Samples every trace a request or an event starts, and none that a lone database statement would: the relay's polls,
 * the metrics' samples and the scheduled jobs run statements outside any span, and each would otherwise be a trace of
 * its own every few seconds. A statement inside a span (a request, an event, a batch) is sampled as its parent is.
 * Of the traces a request or an event starts, {@code app.tracing.sample-ratio} are kept (all by default); a trace
 * that came with a sampled {@code traceparent} is kept whatever the ratio, so one enrollment is never cut in two.
 */
@Singleton
public class QuietRoots implements Sampler {

    private final Sampler parentBased;

    @Inject
    QuietRoots(@ConfigProperty(name = "app.tracing.sample-ratio", defaultValue = "1.0") double ratio) {
        this.parentBased = Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return parentBased.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "QuietRoots{" + parentBased.getDescription() + "}";
    }
}
