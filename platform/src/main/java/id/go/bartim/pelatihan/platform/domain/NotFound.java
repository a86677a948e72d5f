package id.go.bartim.pelatihan.platform.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * Thrown by domain code when the thing a use case is about does not exist. Its detail reaches the client, so it names
 * an id only once the id was validated (SPEC 8): a UUID that parsed, or a text id that matched its pattern.
 */
public final class NotFound extends RuntimeException {

    public NotFound(String what, UUID id) {
        super(what + " " + id + " does not exist", null, false, false);
    }

    /** For an id taken as text: named only when {@code validated}, else a detail that repeats none of it. */
    public static NotFound of(String what, String id, boolean validated) {
        return new NotFound(validated ? what + " " + id + " does not exist"
                : "No such " + what.toLowerCase(Locale.ROOT));
    }

    /** With a detail of its own (when the id is not safe to repeat). */
    public static NotFound because(String detail) {
        return new NotFound(detail);
    }

    private NotFound(String detail) {
        super(detail, null, false, false);
    }
}
