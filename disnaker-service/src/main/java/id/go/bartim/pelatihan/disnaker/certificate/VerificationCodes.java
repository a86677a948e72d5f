package id.go.bartim.pelatihan.disnaker.certificate;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * The verification code of SPEC 11: 10 characters from an alphabet without I, O, 0 and 1, which read alike when
 * typed from paper. 32 symbols, 5 bits each: 50 bits of chance for whoever guesses a code for a known number.
 */
public final class VerificationCodes {

    /** The symbols of a code; the database's check (V7) spells the same set as {@code [A-HJ-NP-Z2-9]}. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 10;
    private static final Pattern FORMAT = Pattern.compile("^[A-HJ-NP-Z2-9]{10}$");

    private VerificationCodes() {
    }

    /** A new code drawn from {@code random}; give it a {@link java.security.SecureRandom}. */
    public static String next(Random random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Whether {@code text} has the shape of a code. */
    public static boolean isCode(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
