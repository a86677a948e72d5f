package id.go.bartim.pelatihan.platform.tracing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a span keeps of a query string, and how a stored trace context is read back. */
class QueryRedactionTest {

    @Test
    void a_query_keeps_its_parameters_names_only() {
        assertEquals("q=REDACTED&page=REDACTED", QueryRedaction.redact("q=6204011503900001&page=2"));
    }

    @Test
    void a_value_sent_without_a_name_goes_too() {
        String redacted = QueryRedaction.redact("6204011503900001&flag");
        assertEquals("REDACTED=REDACTED&flag=REDACTED", redacted);
        assertFalse(redacted.contains("6204"));
    }

    @Test
    void a_path_segment_with_a_long_run_of_digits_goes_but_ids_and_codes_stay() {
        assertEquals("/api/v1/inmates/REDACTED", QueryRedaction.redactPath("/api/v1/inmates/6204011503900001"));
        assertEquals("/api/v1/inmates/REDACTED/history",
                QueryRedaction.redactPath("/api/v1/inmates/NIK6204011503900001/history"));
        String uuid = "/api/v1/enrollments/12345678-1234-1234-1234-123456789012";
        assertEquals(uuid, QueryRedaction.redactPath(uuid));
        assertEquals("/api/v1/programs/PTK-01", QueryRedaction.redactPath("/api/v1/programs/PTK-01"));
    }

    @Test
    void a_stored_traceparent_is_the_parent_of_what_continues_it() {
        TraceContext stored = new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);
        assertTrue(stored.readable());
        TraceContext again = TraceContext.of(stored.asParent());
        assertEquals(stored, again);
    }

    @Test
    void a_malformed_traceparent_is_not_a_parent() {
        assertFalse(new TraceContext("00-not-a-trace-01", null).readable());
        assertNull(TraceContext.current(), "no span is current outside a request or an event");
    }
}
