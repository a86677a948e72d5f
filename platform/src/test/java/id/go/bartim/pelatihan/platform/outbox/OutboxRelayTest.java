package id.go.bartim.pelatihan.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRelayTest {

    @Test
    void ce_time_is_rfc_3339_with_seconds_even_on_a_whole_minute() {
        assertEquals("2026-11-29T04:10:00Z", OutboxRelay.ceTime(OffsetDateTime.parse("2026-11-29T04:10Z")));
        assertEquals("2026-11-29T04:10:00.000123+07:00",
                OutboxRelay.ceTime(OffsetDateTime.parse("2026-11-29T04:10:00.000123+07:00")));
    }
}
