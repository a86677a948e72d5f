package id.go.bartim.pelatihan.platform.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Business dates of both services are in Asia/Jakarta (WIB), whatever the server's time zone (SPEC 1). */
public final class BusinessTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private BusinessTime() {
    }

    /**
     * Now in WIB, to the microsecond: what PostgreSQL's timestamptz stores. The clock here has nanoseconds, which the
     * database would round away, so a record answered straight after a write would differ from the same record
     * read back (and an event's time from the row it came from).
     */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MICROS);
    }
}
