package id.go.bartim.pelatihan.bench;

import java.time.Instant;

/** Wall-clock time in epoch nanoseconds, comparable with the timestamps the services write to PostgreSQL. */
final class Clock {

    private Clock() {
    }

    static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static long epochNanos(java.time.OffsetDateTime t) {
        return t.toEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
