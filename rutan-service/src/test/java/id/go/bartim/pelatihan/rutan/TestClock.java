package id.go.bartim.pelatihan.rutan;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of rutan's day-dependent rules in the tests, in place of platform's system clock: it runs with the system
 * clock until a test moves it to a day of its choosing, and {@link #reset()} brings it back.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private volatile Instant fixed;

    /** From now on, the rules' clock stands at the start of {@code day} (WIB). */
    public void setToday(LocalDate day) {
        fixed = day.atStartOfDay(WIB).toInstant();
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
