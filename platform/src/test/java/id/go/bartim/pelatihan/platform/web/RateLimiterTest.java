package id.go.bartim.pelatihan.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-address limit of the public paths (SPEC 11), with time given by the test. */
class RateLimiterTest {

    private static final Instant WINDOW = Instant.parse("2026-12-06T02:00:00Z");
    private final RateLimiter limiter = new RateLimiter(30, 3, Duration.ofMinutes(1));

    @Test
    void lets_30_requests_a_minute_pass_and_refuses_the_31st_until_the_minute_ends() {
        Instant at = WINDOW.plusSeconds(15);
        for (int i = 0; i < 30; i++) {
            assertTrue(limiter.acquire("203.0.113.7", at).allowed(), "request " + (i + 1));
        }
        RateLimiter.Decision refused = limiter.acquire("203.0.113.7", at);
        assertFalse(refused.allowed());
        assertEquals(45, refused.retryAfterSeconds());
        assertEquals(1, limiter.acquire("203.0.113.7", WINDOW.plusMillis(59_500)).retryAfterSeconds());
        assertTrue(limiter.acquire("203.0.113.7", WINDOW.plusSeconds(60)).allowed());
    }

    @Test
    void another_address_keeps_its_own_count() {
        for (int i = 0; i < 31; i++) {
            limiter.acquire("203.0.113.7", WINDOW);
        }
        assertFalse(limiter.acquire("203.0.113.7", WINDOW).allowed());
        assertTrue(limiter.acquire("198.51.100.2", WINDOW).allowed());
    }

    @Test
    void addresses_beyond_the_bound_share_one_count_and_the_map_does_not_grow() {
        limiter.acquire("192.0.2.1", WINDOW);
        limiter.acquire("192.0.2.2", WINDOW);
        limiter.acquire("192.0.2.3", WINDOW);
        for (int i = 0; i < 30; i++) {
            assertTrue(limiter.acquire("198.51.100." + i, WINDOW).allowed(), "overflow request " + (i + 1));
        }
        assertFalse(limiter.acquire("198.51.100.200", WINDOW).allowed(), "the shared count is spent");
        assertEquals(4, limiter.tracked(), "three addresses and the shared count");
        assertTrue(limiter.acquire("192.0.2.1", WINDOW).allowed(), "a counted address keeps its own count");
        assertTrue(limiter.acquire("198.51.100.200", WINDOW.plusSeconds(60)).allowed(), "a new minute, a new count");
        assertEquals(1, limiter.tracked());
    }

    @Test
    void a_clock_set_back_starts_a_new_count() {
        for (int i = 0; i < 31; i++) {
            limiter.acquire("203.0.113.7", WINDOW);
        }
        assertTrue(limiter.acquire("203.0.113.7", WINDOW.minusSeconds(60)).allowed());
    }
}
