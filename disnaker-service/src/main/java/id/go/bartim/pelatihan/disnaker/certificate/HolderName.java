package id.go.bartim.pelatihan.disnaker.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate holder's name as the certificate keeps it: a salted SHA-256 of the name normalised as SPEC 11's
 * {@code nameMatches} compares names (case and spaces ignored), so a certificate stays verifiable after retention
 * removed the participant's name (SPEC 9), and the stored value names nobody. Migration V6 computed the same in SQL
 * for the certificates issued before.
 */
public final class HolderName {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** A salt and the hash of the normalised name with it, both lower-case hex. */
    public record Hashed(String salt, String hash) {
    }

    private HolderName() {
    }

    /** The name hashed with a new random salt, for a new certificate. */
    public static Hashed hash(String fullName) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HEX.formatHex(salt);
        return new Hashed(saltHex, hash(saltHex, fullName));
    }

    /**
     * Whether {@code givenName}, case and spaces aside, is the name hashed with {@code salt} into {@code hash}. An
     * accented letter can be one character or a letter and a combining accent; names were hashed as stored, the PDF
     * prints them composed, and people type either: both forms of the given name are tried.
     */
    public static boolean matches(String salt, String hash, String givenName) {
        if (salt == null || hash == null || givenName == null) {
            return false;
        }
        byte[] expected = hash.getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFC, Normalizer.Form.NFD}) {
            String given = Normalizer.normalize(givenName, form);
            matches |= MessageDigest.isEqual(hash(salt, given).getBytes(StandardCharsets.US_ASCII), expected);
        }
        return matches;
    }

    /** Lower case (no locale's special rules) with every whitespace character removed. */
    static String normalise(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(c -> !Character.isWhitespace(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static String hash(String salt, String name) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest((salt + normalise(name)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
