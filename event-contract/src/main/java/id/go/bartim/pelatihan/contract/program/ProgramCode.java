package id.go.bartim.pelatihan.contract.program;

import java.util.regex.Pattern;

/**
 * Kode program: the shape of a program code ({@code PTK-01}: 2 to 6 capitals, a dash, 2 to 4 digits), written once for
 * both services. Text of this shape is a code, not free text, so an answer may name it back to a client.
 */
public final class ProgramCode {

    /** For {@code @Pattern} and the schemas. */
    public static final String PATTERN = "^[A-Z]{2,6}-[0-9]{2,4}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private ProgramCode() {
    }

    public static boolean matches(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
