package id.go.bartim.pelatihan.rutan.attendance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.ABSENT;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.LATE;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.PRESENT;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.SICK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attendance rate of SPEC 3 and 10: hours of sessions marked PRESENT or LATE ÷ hours of the class's sessions that
 * are not cancelled and are dated on or after the day of the request × 100, one decimal, 0 when there are none; and
 * the rate still attainable if every remaining session is attended, against the program's minimum.
 */
class AttendanceSummaryTest {

    @Test
    void attendance_rate_counts_the_hours_of_sessions_marked_present_or_late_only() {
        assertEquals(Set.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE), AttendanceStatus.ATTENDED);
    }

    @Test
    void attendance_rate_is_hours_attended_over_hours_of_sessions_from_the_request_day_times_100() {
        AttendanceSummary summary = of(past(PRESENT, 3), past(LATE, 2), past(SICK, 15), before(PRESENT, 8));

        assertEquals(20, summary.hoursTotal());
        assertEquals(5, summary.hoursAttended());
        assertEquals(new BigDecimal("25.0"), summary.rate());
    }

    @Test
    void a_cancelled_session_counts_in_nobodys_hours_total_nor_hours_attended() {
        AttendanceSummary summary = of(past(PRESENT, 2), past(ABSENT, 2), cancelled(PRESENT, 4), cancelled(null, 3));

        assertEquals(4, summary.hoursTotal());
        assertEquals(2, summary.hoursAttended());
        assertEquals(new BigDecimal("50.0"), summary.rate());
    }

    @Test
    void attendance_rate_has_one_decimal_rounded_half_up() {
        assertEquals(new BigDecimal("33.3"), of(past(PRESENT, 1), past(ABSENT, 2)).rate());
        assertEquals(new BigDecimal("66.7"), of(past(PRESENT, 2), past(ABSENT, 1)).rate());
        assertEquals(new BigDecimal("6.3"), of(past(PRESENT, 1), past(ABSENT, 15)).rate());
        assertEquals(new BigDecimal("12.5"), of(past(PRESENT, 1), past(ABSENT, 7)).rate());
    }

    @Test
    void attendance_rate_is_0_when_no_session_counts_and_nothing_is_lost_yet() {
        AttendanceSummary none = of(cancelled(null, 4), before(ABSENT, 2));

        assertEquals(0, none.hoursTotal());
        assertEquals(new BigDecimal("0.0"), none.rate());
        assertEquals(new BigDecimal("100.0"), none.maxAttainableRate());
        assertEquals(AttendanceSummary.of(List.of(), null), AttendanceSummary.NONE);
    }

    @Test
    void max_attainable_rate_adds_the_hours_of_sessions_ahead_without_a_record() {
        // 2 attended, 2 lost (absent), 2 lost (past without a record), 4 ahead, 3 ahead but already marked sick
        AttendanceSummary summary = of(past(PRESENT, 2), past(ABSENT, 2), past(null, 2), ahead(null, 4),
                ahead(SICK, 3), cancelled(null, 8));

        assertEquals(13, summary.hoursTotal());
        assertEquals(new BigDecimal("15.4"), summary.rate());
        assertEquals(new BigDecimal("46.2"), summary.maxAttainableRate());
    }

    @Test
    void can_still_qualify_when_the_max_attainable_rate_reaches_the_program_minimum() {
        List<SessionHours> sessions = List.of(past(PRESENT, 6), past(ABSENT, 2), ahead(null, 2));

        assertEquals(new BigDecimal("80.0"), AttendanceSummary.of(sessions, 80).maxAttainableRate());
        assertTrue(AttendanceSummary.of(sessions, 80).canStillQualify());
        assertFalse(AttendanceSummary.of(sessions, 81).canStillQualify());
        assertNull(AttendanceSummary.of(sessions, null).canStillQualify());
    }

    @Test
    void a_cancelled_session_ahead_is_no_chance_to_catch_up() {
        AttendanceSummary summary = AttendanceSummary.of(List.of(past(PRESENT, 4), past(ABSENT, 4),
                cancelled(null, 8)), 75);

        assertEquals(new BigDecimal("50.0"), summary.maxAttainableRate());
        assertFalse(summary.canStillQualify());
    }

    private static AttendanceSummary of(SessionHours... sessions) {
        return AttendanceSummary.of(List.of(sessions), 80);
    }

    /** Dated from the request day on, before today. */
    private static SessionHours past(AttendanceStatus status, int hours) {
        return new SessionHours(false, true, false, status, hours);
    }

    /** Dated today or later. */
    private static SessionHours ahead(AttendanceStatus status, int hours) {
        return new SessionHours(false, true, true, status, hours);
    }

    private static SessionHours before(AttendanceStatus status, int hours) {
        return new SessionHours(false, false, false, status, hours);
    }

    private static SessionHours cancelled(AttendanceStatus status, int hours) {
        return new SessionHours(true, true, true, status, hours);
    }
}
