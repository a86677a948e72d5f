package id.go.bartim.pelatihan.rutan.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The attendance rate of SPEC 3 and 10, and whether it can still reach the program's minimum: the one place that
 * decides which session hours count. A session counts when it is not cancelled and is dated on or after the day the
 * enrollment was requested; its hours are attended when marked PRESENT or LATE. The rate is attended over counted
 * hours in percent, one decimal, 0 when none count. {@code maxAttainableRate} adds the hours still ahead (counted
 * sessions dated today or later that hold no record of the enrollment yet), as if all were attended; with no hours
 * counted nothing is lost yet, so it is 100. {@code canStillQualify} is whether it reaches the program's
 * {@code minAttendancePercent}, null when the program is not in the replica.
 */
public record AttendanceSummary(int hoursTotal, int hoursAttended, BigDecimal rate,
                                @Schema(description = "The rate if every remaining non-cancelled session is attended")
                                BigDecimal maxAttainableRate,
                                @Schema(description = "maxAttainableRate reaches the program's minAttendancePercent")
                                Boolean canStillQualify) {

    private static final BigDecimal HUNDRED = new BigDecimal("100.0");

    public static final AttendanceSummary NONE = of(List.of(), null);

    /** The summary of an enrollment from the hours of its class's sessions, grouped by their facts. */
    public static AttendanceSummary of(List<SessionHours> sessions, Integer minAttendancePercent) {
        int total = 0;
        int attended = 0;
        int ahead = 0;
        for (SessionHours s : sessions) {
            if (s.cancelled() || !s.fromRequestDay()) {
                continue;
            }
            total += s.hours();
            if (s.status() != null && AttendanceStatus.ATTENDED.contains(s.status())) {
                attended += s.hours();
            } else if (s.status() == null && s.todayOrLater()) {
                ahead += s.hours();
            }
        }
        BigDecimal max = total == 0 ? HUNDRED : percent(attended + ahead, total);
        Boolean canStillQualify = minAttendancePercent == null
                ? null : max.compareTo(BigDecimal.valueOf(minAttendancePercent)) >= 0;
        return new AttendanceSummary(total, attended, percent(attended, total), max, canStillQualify);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
