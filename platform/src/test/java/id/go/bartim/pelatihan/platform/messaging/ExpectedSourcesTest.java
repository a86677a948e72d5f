package id.go.bartim.pelatihan.platform.messaging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 8: a consumer accepts an event only from its topic's producer. */
class ExpectedSourcesTest {

    private final ExpectedSources sources = new ExpectedSources(Map.of(
            "rutan.enrollments.v1", "/rutan-service", "disnaker.enrollment-decisions.v1", "/disnaker-service"));

    @Test
    void an_event_from_the_producer_of_its_topic_is_accepted() {
        assertTrue(sources.accepts("rutan.enrollments.v1", "/rutan-service"));
        assertTrue(sources.accepts("disnaker.enrollment-decisions.v1", "/disnaker-service"));
    }

    @Test
    void another_source_no_source_or_a_topic_without_a_configured_source_is_refused() {
        assertFalse(sources.accepts("rutan.enrollments.v1", "/disnaker-service"));
        assertFalse(sources.accepts("rutan.enrollments.v1", "/rutan-service/"));
        assertFalse(sources.accepts("rutan.enrollments.v1", null));
        assertFalse(sources.accepts("disnaker.programs.v1", "/disnaker-service"));
    }
}
