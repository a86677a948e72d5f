package id.go.bartim.pelatihan.disnaker.certificate;

import java.util.regex.Pattern;

/**
 * Nomor sertifikat (SPEC 4): {@code DISNAKERTRANS-BARTIM/{programCode}/{year}/{NNNNNN}}, the sequence counted per
 * year from 000001. The count is kept by the database ({@link CertificateStore#next}), so that concurrent
 * issues never share or skip a number; here is how a count is written as a number, and how a number is recognised.
 */
public final class CertificateNumbers {

    /** The most a six-digit sequence can count. */
    static final int MAX_SEQUENCE = 999_999;

    private static final Pattern NUMBER =
            Pattern.compile("^DISNAKERTRANS-BARTIM/[A-Z]{2,6}-[0-9]{2,4}/[0-9]{4}/[0-9]{6}$");

    private CertificateNumbers() {
    }

    /** The number of the year's {@code sequence}-th certificate (from 1), issued for the program. */
    public static String format(String programCode, int year, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException(
                    "a certificate's sequence is 1 to " + MAX_SEQUENCE + ", not " + sequence);
        }
        return "DISNAKERTRANS-BARTIM/%s/%d/%06d".formatted(programCode, year, sequence);
    }

    /** Whether {@code text} has the shape of a certificate number; whether one was issued is the database's to say. */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
