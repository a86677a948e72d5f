package id.go.bartim.pelatihan.platform.privacy;

/**
 * SPEC 8: a viewer cannot recover a full NIK by any combination of reads. A list search for a NIK answers yes or no,
 * so with a masked NIK and a birth date a viewer could try the few digits left one by one: searching by NIK is for
 * officers only. A search text with six or more digits in a row is taken for one (a NIK, or part of one, is written
 * so; a registration number such as {@code AI.2026.0001} is not).
 */
public final class NikSearch {

    /** The fewest digits in a row that make a search a search by NIK. */
    public static final int DIGITS = 6;

    /** The detail of the 403 a viewer gets for one. */
    public static final String OFFICERS_ONLY = "Searching by NIK (6 or more digits in a row) is for officers only";

    private NikSearch() {
    }

    /** Whether {@code q} holds {@value #DIGITS} or more digits in a row. */
    public static boolean looksForNik(String q) {
        if (q == null) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < q.length(); i++) {
            run = Character.isDigit(q.charAt(i)) ? run + 1 : 0;
            if (run >= DIGITS) {
                return true;
            }
        }
        return false;
    }
}
