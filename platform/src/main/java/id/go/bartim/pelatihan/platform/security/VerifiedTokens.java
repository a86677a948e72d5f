package id.go.bartim.pelatihan.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature, issuer and expiry were verified, by their exact text, until they expire. A
 * caller (another government system) sends the same token with every request for its whole lifetime; verifying
 * it each time (JSON parsing and an RS256 signature check) was a fifth of the CPU a {@code GET} of one record
 * cost. Only tokens that passed verification are kept, each only until its own {@code exp}; a token that differs
 * by one character is a different key, so nothing unverified is ever accepted from here.
 *
 * <p>A Caffeine cache: each entry expires at its token's own {@code exp} (measured by {@code clock}, so tests move
 * time), and at most {@code capacity} are held, the least useful evicted first, so a burst of new callers does not
 * make every other caller verify again.
 */
final class VerifiedTokens {

    private record Entry(JsonWebToken token, long expiresAtMillis) {
    }

    private final Cache<String, Entry> byText;
    private final int capacity;
    private final Clock clock;

    VerifiedTokens(int capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
        this.byText = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(new UntilExp(clock))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** The verified token with this exact text, or null when it was not verified here or has expired since. */
    JsonWebToken get(String text) {
        Entry entry = byText.getIfPresent(text);
        return entry == null ? null : entry.token();
    }

    /** Keeps a token that has just passed verification; one without an expiry, or already expired, is not kept. */
    void put(String text, JsonWebToken verified) {
        long exp = verified.getExpirationTime();
        if (capacity == 0 || exp <= 0 || exp * 1000 <= clock.millis()) {
            return;
        }
        byText.put(text, new Entry(verified, exp * 1000));
    }

    /** How many tokens are held, once expired and evicted ones are gone. */
    long size() {
        byText.cleanUp();
        return byText.estimatedSize();
    }

    /** An entry lives until its token's {@code exp}; reading it does not extend that. */
    private record UntilExp(Clock clock) implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String text, Entry entry, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, entry.expiresAtMillis() - clock.millis()));
        }

        @Override
        public long expireAfterUpdate(String text, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(text, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String text, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
