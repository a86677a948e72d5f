package id.go.bartim.pelatihan.platform.domain;

/** Thrown by domain code when the thing a use case is about does not exist. */
public final class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist", null, false, false);
    }

    /** With a detail of its own (when the id is not safe to repeat). */
    public static NotFound because(String detail) {
        return new NotFound(detail);
    }

    private NotFound(String detail) {
        super(detail, null, false, false);
    }
}
