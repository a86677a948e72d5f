package id.go.bartim.pelatihan.platform.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One kind of personal data whose time is up (SPEC 9: anonymise a person, delete old lines), as a bean that
 * {@link Retention} applies every day. A rule is idempotent: applied twice at the same time, the second finds nothing.
 */
public interface RetentionRule {

    /** A short stable name, for the logs and for the advisory lock that lets one replica at a time apply the rule. */
    String name();

    /**
     * Does what is due at {@code now}, in the caller's transaction, acting as {@code retention}: each change writes
     * its audit line. Returns how many rows or people it removed or anonymised (0 when nothing was due).
     */
    int apply(OffsetDateTime now);

    /** Runs {@code work} on {@code items} a chunk of at most {@code size} at a time; the sum of what it returned. */
    static <T> int inChunks(List<T> items, int size, ToIntFunction<List<T>> work) {
        int done = 0;
        for (int from = 0; from < items.size(); from += size) {
            done += work.applyAsInt(items.subList(from, Math.min(items.size(), from + size)));
        }
        return done;
    }
}
