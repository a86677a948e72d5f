package id.go.bartim.pelatihan.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps personal data out of HTTP spans: a query string can carry a NIK ({@code GET /api/v1/inmates?q=<NIK>}), so
 * {@code url.query} (and the older {@code http.target}, {@code url.full}) keep the parameters' names only, each value
 * replaced by {@value #REDACTED}; and a path segment holding a long run of digits (a NIK typed where an id belongs,
 * {@code /api/v1/inmates/<NIK>}) is replaced in {@code url.path} too. Bodies never go into spans.
 */
@Singleton
public class QueryRedaction implements SpanProcessor {

    static final String REDACTED = "REDACTED";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,39}");

    /** Eight digits in a row: no id, code or certificate number of ours has them, a NIK has sixteen. */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{8,}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String query = span.getAttribute(URL_QUERY);
        if (query != null && !query.isEmpty()) {
            span.setAttribute(URL_QUERY, redact(query));
        }
        redactAfterQuestionMark(span, URL_FULL);
        redactAfterQuestionMark(span, HTTP_TARGET);
        String path = span.getAttribute(URL_PATH);
        if (path != null && DIGIT_RUN.matcher(path).find()) {
            span.setAttribute(URL_PATH, redactPath(path));
        }
    }

    /** {@code /api/v1/inmates/6204011503900001} becomes {@code /api/v1/inmates/REDACTED}; UUIDs stay. */
    static String redactPath(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> DIGIT_RUN.matcher(segment).find() && !UUID.matcher(segment).matches()
                        ? REDACTED : segment)
                .collect(Collectors.joining("/"));
    }

    private static void redactAfterQuestionMark(ReadWriteSpan span, AttributeKey<String> key) {
        String value = span.getAttribute(key);
        int at = value == null ? -1 : value.indexOf('?');
        if (at >= 0) {
            span.setAttribute(key, value.substring(0, at + 1) + redact(value.substring(at + 1)));
        }
    }

    /**
     * {@code q=3174...&page=2} becomes {@code q=REDACTED&page=REDACTED}; a bare {@code 3174...} becomes
     * {@code REDACTED=REDACTED}.
     */
    static String redact(String query) {
        return Arrays.stream(query.split("&"))
                .map(pair -> {
                    String name = pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='));
                    // A name that is not a plain word (a value sent without a name) goes too
                    return (PLAIN_NAME.matcher(name).matches() ? name : REDACTED) + "=" + REDACTED;
                })
                .collect(Collectors.joining("&"));
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
