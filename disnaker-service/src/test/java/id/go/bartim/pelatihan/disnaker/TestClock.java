package id.go.bartim.pelatihan.disnaker;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock in disnaker's tests, in place of the system clock: it runs with the system clock until a test
 * stops it at an instant of its choosing, and {@link #reset()} brings it back.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private volatile Instant fixed;

    /** From now on, the clock stands at {@code at}. */
    public void set(Instant at) {
        fixed = at;
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
