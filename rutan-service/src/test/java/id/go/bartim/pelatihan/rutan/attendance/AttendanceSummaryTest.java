package id.go.bartim.pelatihan.rutan.attendance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The attendance rate of SPEC 3: hours of sessions marked PRESENT or LATE ÷ hours of the class's sessions dated on or
 * after the day of the request × 100, one decimal, 0 when there are none. Which sessions are dated from the request
 * day on is the store's select ({@code AttendanceStore.HOURS}, exercised by AttendanceTest); the rest is here.
 */
class AttendanceSummaryTest {

    @Test
    void attendance_rate_counts_the_hours_of_sessions_marked_present_or_late_only() {
        assertEquals(Set.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE), AttendanceStatus.ATTENDED);
    }

    @Test
    void attendance_rate_is_hours_attended_over_hours_of_sessions_from_the_request_day_times_100() {
        AttendanceSummary summary = AttendanceSummary.of(20, 5);

        assertEquals(20, summary.hoursTotal());
        assertEquals(5, summary.hoursAttended());
        assertEquals(new BigDecimal("25.0"), summary.rate());
    }

    @Test
    void attendance_rate_has_one_decimal_rounded_half_up() {
        assertEquals(new BigDecimal("33.3"), AttendanceSummary.of(3, 1).rate());
        assertEquals(new BigDecimal("66.7"), AttendanceSummary.of(3, 2).rate());
        assertEquals(new BigDecimal("6.3"), AttendanceSummary.of(16, 1).rate());
        assertEquals(new BigDecimal("12.5"), AttendanceSummary.of(8, 1).rate());
    }

    @Test
    void attendance_rate_is_100_when_every_hour_was_attended() {
        assertEquals(new BigDecimal("100.0"), AttendanceSummary.of(4, 4).rate());
    }

    @Test
    void attendance_rate_is_0_when_no_session_has_been_held_since_the_request() {
        assertEquals(new BigDecimal("0.0"), AttendanceSummary.of(0, 0).rate());
        assertEquals(AttendanceSummary.of(0, 0), AttendanceSummary.NONE);
    }

    @Test
    void attendance_rate_is_0_when_sessions_were_held_and_none_attended() {
        assertEquals(new BigDecimal("0.0"), AttendanceSummary.of(12, 0).rate());
    }
}
