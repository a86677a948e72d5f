package id.go.bartim.pelatihan.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature, issuer and expiry were verified, by their exact text, until they expire. A
 * caller (another government system) sends the same token with every request for its whole lifetime; verifying
 * it each time (JSON parsing and an RS256 signature check) was a fifth of the CPU a {@code GET} of one record
 * cost. Only tokens that passed verification are kept, each only until its own {@code exp}; a token that differs
 * by one character is a different key, so nothing unverified is ever accepted from here.
 *
 * <p>Bounded: when {@code capacity} tokens are held, expired ones are dropped, and if that frees nothing, all.
 */
final class VerifiedTokens {

    private record Entry(JsonWebToken token, long expiresAtMillis) {
    }

    private final Map<String, Entry> byText = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    VerifiedTokens(int capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The verified token with this exact text, or null when it was not verified here or has expired since. */
    JsonWebToken get(String text) {
        Entry entry = byText.get(text);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.expiresAtMillis()) {
            byText.remove(text, entry);
            return null;
        }
        return entry.token();
    }

    /** Keeps a token that has just passed verification; one without an expiry is not kept. */
    void put(String text, JsonWebToken verified) {
        long exp = verified.getExpirationTime();
        if (capacity == 0 || exp <= 0) {
            return;
        }
        long now = clock.millis();
        long expiresAt = exp * 1000;
        if (expiresAt <= now) {
            return;
        }
        if (byText.size() >= capacity) {
            byText.values().removeIf(e -> e.expiresAtMillis() <= now);
            if (byText.size() >= capacity) {
                byText.clear();
            }
        }
        byText.put(text, new Entry(verified, expiresAt));
    }

    int size() {
        return byText.size();
    }
}
