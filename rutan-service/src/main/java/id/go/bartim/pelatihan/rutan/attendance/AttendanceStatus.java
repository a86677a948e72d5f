package id.go.bartim.pelatihan.rutan.attendance;

/** Kehadiran: PRESENT and LATE count as attended; EXCUSED, SICK and ABSENT do not. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, SICK, ABSENT
}
