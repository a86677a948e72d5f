package id.go.bartim.pelatihan.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts requests per client address in fixed windows (a minute for the public paths): the first {@code limit} of a
 * window pass, the rest wait for the next. Memory stays bounded: a new window forgets the last one's counts, and within
 * a window at most {@code maxAddresses} addresses are counted one by one; any address beyond them counts in one shared
 * overflow count, with the same limit, so spreading requests over many addresses neither grows the map nor escapes
 * the limit (during such a flood, new addresses may wait for the next window: the price of the bound).
 */
public final class RateLimiter {

    /** Whether a request may go on; if not, the whole seconds until the window that lets it in. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final String OVERFLOW = "";

    private final int limit;
    private final int maxAddresses;
    private final long windowMillis;
    private final Map<String, Integer> counts = new HashMap<>();
    private long window = Long.MIN_VALUE;

    public RateLimiter(int limit, int maxAddresses, Duration window) {
        if (limit < 1 || maxAddresses < 1 || window.toMillis() < 1000) {
            throw new IllegalArgumentException("limit and addresses from 1, window from a second");
        }
        this.limit = limit;
        this.maxAddresses = maxAddresses;
        this.windowMillis = window.toMillis();
    }

    /** Counts one request from {@code address} at {@code now}, and says whether it may go on. */
    public synchronized Decision acquire(String address, Instant now) {
        long millis = now.toEpochMilli();
        long current = Math.floorDiv(millis, windowMillis);
        if (current != window) {
            // Any other window, later or (a clock set back) earlier: the counts kept are not of this one
            counts.clear();
            window = current;
        }
        String key = counts.containsKey(address) || counts.size() < maxAddresses ? address : OVERFLOW;
        int count = counts.merge(key, 1, (a, b) -> Math.min(a + b, limit + 1));
        if (count <= limit) {
            return new Decision(true, 0);
        }
        long untilNext = (current + 1) * windowMillis - millis;
        return new Decision(false, Math.max(1, (untilNext + 999) / 1000));
    }

    /** Addresses counted in the current window, the overflow count included: for tests of the bound. */
    synchronized int tracked() {
        return counts.size();
    }
}
