package id.go.bartim.pelatihan.rutan.attendance;

import java.util.ArrayList;
import java.util.List;

/** Whether an ACCEPTED enrollment is at risk (SPEC 10), as a function over its attendance already loaded. */
public final class AtRiskRules {

    /** How many of the class's last held sessions an enrollment must have missed to be at risk. */
    public static final int LAST_HELD = 3;

    private AtRiskRules() {
    }

    /**
     * The reasons an enrollment is at risk, none when it is not: it cannot qualify any more
     * ({@link AttendanceSummary#canStillQualify} false), or it is ABSENT in each of the class's last three held
     * sessions. {@code lastHeld} holds its record in each of those sessions, newest first, null where it has none; a
     * class with fewer than three held sessions puts nobody at risk for absence.
     */
    public static List<AtRiskReason> reasonsOf(AttendanceSummary attendance, List<AttendanceStatus> lastHeld) {
        List<AtRiskReason> reasons = new ArrayList<>(2);
        if (Boolean.FALSE.equals(attendance.canStillQualify())) {
            reasons.add(AtRiskReason.CANNOT_QUALIFY);
        }
        if (lastHeld.size() >= LAST_HELD
                && lastHeld.stream().limit(LAST_HELD).allMatch(status -> status == AttendanceStatus.ABSENT)) {
            reasons.add(AtRiskReason.ABSENT_FROM_LAST_THREE_HELD_SESSIONS);
        }
        return reasons;
    }
}
