package id.go.bartim.pelatihan.rutan.attendance;

import java.util.EnumSet;
import java.util.Set;

/** Kehadiran: PRESENT and LATE count as attended; EXCUSED, SICK and ABSENT do not. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, SICK, ABSENT;

    /** The statuses whose session hours count as attended in the attendance rate (SPEC 3). */
    public static final Set<AttendanceStatus> ATTENDED = EnumSet.of(PRESENT, LATE);

    /** The statuses that may carry an {@link AttendanceReason} (SPEC 10). */
    public static final Set<AttendanceStatus> WITH_REASON = EnumSet.of(EXCUSED, ABSENT);
}
