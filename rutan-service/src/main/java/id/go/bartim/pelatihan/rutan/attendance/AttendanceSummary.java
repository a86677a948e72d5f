package id.go.bartim.pelatihan.rutan.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours attended over hours held since the day the enrollment was requested, and the rate in
 * percent with one decimal (0 when no session has been held yet).
 */
public record AttendanceSummary(int hoursTotal, int hoursAttended, BigDecimal rate) {

    public static final AttendanceSummary NONE = of(0, 0);

    public static AttendanceSummary of(int hoursTotal, int hoursAttended) {
        BigDecimal rate = hoursTotal == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(hoursAttended * 100L).divide(BigDecimal.valueOf(hoursTotal), 1, RoundingMode.HALF_UP);
        return new AttendanceSummary(hoursTotal, hoursAttended, rate);
    }
}
