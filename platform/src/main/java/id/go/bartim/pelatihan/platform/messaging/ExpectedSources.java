package id.go.bartim.pelatihan.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Which {@code ce_source} a consumer accepts on each topic (SPEC 8): the one its producer sets, configured once for both
 * services in the platform's defaults ({@code app.messaging.expected-source."<topic>"}). Any other source, none, or a
 * topic with no source configured is refused: {@link EventProcessor} parks the record with reason
 * {@link #UNEXPECTED_SOURCE} before it is applied or its {@code ce_id} recorded.
 */
@ApplicationScoped
public class ExpectedSources {

    /** The {@code dead-letter-reason} of a record from another source. */
    public static final String UNEXPECTED_SOURCE = "unexpected-source";

    private final Map<String, String> expected;

    @Inject
    ExpectedSources(MessagingConfig config) {
        this(config.expectedSource());
    }

    ExpectedSources(Map<String, String> expected) {
        this.expected = Map.copyOf(expected);
    }

    /** Whether an event from {@code source} may be applied from {@code topic}. */
    public boolean accepts(String topic, String source) {
        return source != null && source.equals(expected.get(topic));
    }
}
