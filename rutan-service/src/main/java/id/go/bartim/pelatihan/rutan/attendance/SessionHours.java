package id.go.bartim.pelatihan.rutan.attendance;

/**
 * The hours of some sessions of an enrollment's class that share every fact the attendance rate looks at: whether they
 * are cancelled, dated on or after the day of the request, dated today or later (WIB), and the enrollment's record in
 * them ({@code status} null when it has none). {@link AttendanceSummary#of} decides which of them count.
 */
public record SessionHours(boolean cancelled, boolean fromRequestDay, boolean todayOrLater, AttendanceStatus status,
                           int hours) {
}
