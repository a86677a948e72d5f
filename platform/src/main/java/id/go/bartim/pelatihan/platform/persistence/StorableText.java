package id.go.bartim.pelatihan.platform.persistence;

/**
 * Whether text can be stored in a PostgreSQL {@code text} column of a UTF-8 database (SPEC 8): PostgreSQL refuses the
 * NUL character outright, and a UTF-16 surrogate without its pair has no UTF-8 encoding (the driver would silently
 * write {@code ?} instead). Both are refused at the edge, so neither turns into a 500 or into a changed value.
 */
public final class StorableText {

    /** What is wrong with text that is not storable, as a field's message. */
    public static final String REFUSAL = "must not contain a NUL character or an unpaired UTF-16 surrogate";

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
