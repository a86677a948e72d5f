package id.go.bartim.pelatihan.disnaker.certificate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as a certificate writes it, in Bahasa Indonesia: {@code 24 April 2026}. The month names are spelled here
 * rather than taken from the JVM's locale data, so the paper does not depend on which JDK prints it.
 */
public final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    /** The month's Indonesian name and the year: {@code April 2026}. */
    public static String format(YearMonth month) {
        return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** Day without a leading zero, the month's Indonesian name, the year. */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
