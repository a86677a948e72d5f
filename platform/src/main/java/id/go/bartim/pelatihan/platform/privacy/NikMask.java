package id.go.bartim.pelatihan.platform.privacy;

/** {@code 6204**********12}: enough to tell two people apart in a list, not enough to use the NIK. */
public final class NikMask {

    private NikMask() {
    }

    public static String mask(String nik) {
        if (nik == null || nik.length() < 6) {
            return nik == null ? null : "*".repeat(nik.length());
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 6) + nik.substring(nik.length() - 2);
    }
}
