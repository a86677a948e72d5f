package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.certificate.IndonesianDates;
import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView;
import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** How the public pages write numbers, counts, dates and words, in Bahasa Indonesia ("1.000", "24 April 2026"). */
public final class PageFormat {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** What a count from 1 to 4 reads as (SPEC 11). */
    public static final String SUPPRESSED = "<5";
    /** What a count of 5 or more hidden with the small ones reads as: not "&lt;5", which it is not. */
    public static final String COMPLEMENT = "*";

    private PageFormat() {
    }

    public static String number(int n) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(n);
    }

    public static String count(Count count) {
        if (!count.suppressed()) {
            return number(count.count());
        }
        return count.reason() == PublicQuotaView.Hidden.COMPLEMENT ? COMPLEMENT : SUPPRESSED;
    }

    /** {@code part} of {@code whole} in percent with one decimal ("1,2%"); 0 when there is no whole. */
    public static String percent(int part, int whole) {
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(whole <= 0 ? 0 : 100.0 * part / whole) + "%";
    }

    public static String date(LocalDate date) {
        return IndonesianDates.format(date);
    }

    public static String month(YearMonth month) {
        return IndonesianDates.format(month);
    }

    public static String sex(String sex) {
        return switch (sex) {
            case "MALE" -> "Laki-laki";
            case "FEMALE" -> "Perempuan";
            default -> "Tidak tercatat";
        };
    }
}
