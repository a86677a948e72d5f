package id.go.bartim.pelatihan.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The services' clock in their tests, in place of platform's system clock (a {@code @DefaultBean}): it runs with the
 * system clock until a test stops it at a day or an instant of its choosing, and {@link #reset()} brings it back.
 * A bean of every Quarkus test that has this module on its class path (META-INF/beans.xml).
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private volatile Instant fixed;

    /** From now on, the clock stands at the start of {@code day} (WIB). */
    public void setToday(LocalDate day) {
        set(day.atStartOfDay(WIB).toInstant());
    }

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
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
