package id.go.bartim.pelatihan.platform.messaging;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StuckConsumersTest {

    private final MovableClock clock = new MovableClock();
    private final StuckConsumers consumers = new StuckConsumers(Duration.ofMinutes(2), clock);

    @Test
    void a_partition_failing_longer_than_the_limit_is_stuck_until_it_makes_progress() {
        Instant first = clock.now;
        consumers.failing("disnaker.enrollments.rutan.enrollments.v1-0");
        clock.now = first.plusSeconds(60);
        consumers.failing("disnaker.enrollments.rutan.enrollments.v1-0");
        assertTrue(consumers.stuck().isEmpty(), "one minute of retries is not stuck yet");
        assertEquals(Map.of("disnaker.enrollments.rutan.enrollments.v1-0", first), consumers.failing());

        clock.now = first.plusSeconds(120);
        assertEquals(Map.of("disnaker.enrollments.rutan.enrollments.v1-0", first), consumers.stuck(),
                "the clock runs from the first failure, not the last");

        consumers.recovered("disnaker.enrollments.rutan.enrollments.v1-0");
        assertTrue(consumers.stuck().isEmpty());
        assertTrue(consumers.failing().isEmpty());
    }

    @Test
    void a_stopped_channel_stays_reported() {
        consumers.stopped("rutan.decisions", new OutOfMemoryError());
        assertEquals(Map.of("rutan.decisions", OutOfMemoryError.class.getName()), consumers.stopped());
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T02:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
