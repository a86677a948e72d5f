package id.go.bartim.pelatihan.rutan.attendance;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static id.go.bartim.pelatihan.rutan.attendance.AtRiskReason.ABSENT_FROM_LAST_THREE_HELD_SESSIONS;
import static id.go.bartim.pelatihan.rutan.attendance.AtRiskReason.CANNOT_QUALIFY;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.ABSENT;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.EXCUSED;
import static id.go.bartim.pelatihan.rutan.attendance.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who is at risk in a class (SPEC 10), on an enrollment's attendance and its last held sessions given as facts. */
class AtRiskRulesTest {

    private static final AttendanceSummary CAN_QUALIFY = summary(true);
    private static final AttendanceSummary CANNOT = summary(false);

    @Test
    void an_enrollment_that_can_still_qualify_and_attended_lately_is_not_at_risk() {
        assertEquals(List.of(), AtRiskRules.reasonsOf(CAN_QUALIFY, List.of(ABSENT, PRESENT, ABSENT)));
    }

    @Test
    void an_enrollment_that_can_no_longer_qualify_is_at_risk() {
        assertEquals(List.of(CANNOT_QUALIFY), AtRiskRules.reasonsOf(CANNOT, List.of(PRESENT, PRESENT, PRESENT)));
    }

    @Test
    void absent_from_each_of_the_last_three_held_sessions_is_at_risk() {
        assertEquals(List.of(ABSENT_FROM_LAST_THREE_HELD_SESSIONS),
                AtRiskRules.reasonsOf(CAN_QUALIFY, List.of(ABSENT, ABSENT, ABSENT)));
        assertEquals(List.of(CANNOT_QUALIFY, ABSENT_FROM_LAST_THREE_HELD_SESSIONS),
                AtRiskRules.reasonsOf(CANNOT, List.of(ABSENT, ABSENT, ABSENT)));
    }

    @Test
    void excused_or_no_record_in_one_of_them_is_not_absence_from_all_three() {
        assertEquals(List.of(), AtRiskRules.reasonsOf(CAN_QUALIFY, List.of(ABSENT, EXCUSED, ABSENT)));
        assertEquals(List.of(), AtRiskRules.reasonsOf(CAN_QUALIFY, Arrays.asList(ABSENT, null, ABSENT)));
    }

    @Test
    void fewer_than_three_held_sessions_put_nobody_at_risk_for_absence() {
        assertEquals(List.of(), AtRiskRules.reasonsOf(CAN_QUALIFY, List.of(ABSENT, ABSENT)));
        assertEquals(List.of(), AtRiskRules.reasonsOf(CAN_QUALIFY, List.of()));
    }

    @Test
    void an_unknown_program_minimum_puts_nobody_at_risk_for_qualifying() {
        assertEquals(List.of(), AtRiskRules.reasonsOf(AttendanceSummary.NONE, List.of()));
    }

    private static AttendanceSummary summary(boolean canStillQualify) {
        // 4 of 10 hours attended, 2 still ahead: at most 60.0
        AttendanceSummary s = AttendanceSummary.of(List.of(new SessionHours(false, true, false, PRESENT, 4),
                new SessionHours(false, true, false, ABSENT, 4), new SessionHours(false, true, true, null, 2)),
                canStillQualify ? 60 : 61);
        assertEquals(canStillQualify, s.canStillQualify());
        return s;
    }
}
