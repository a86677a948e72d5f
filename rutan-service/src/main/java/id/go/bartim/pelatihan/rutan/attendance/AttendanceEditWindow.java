package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The edit window of SPEC 10: a session's register may be changed freely until {@code APP_ATTENDANCE_EDIT_WINDOW}
 * after the session date (that day included); after it, an entry that changes the register needs a
 * {@code correctionNote}, else the whole register is refused (422 attendance-locked) and nothing is stored. A first
 * recording after the window is a late change of the register too, so it needs one as well; an entry identical to
 * the stored record changes nothing and needs none.
 */
public final class AttendanceEditWindow {

    private AttendanceEditWindow() {
    }

    /** The last day a session's register changes without a correction note. */
    public static LocalDate lastOpenDay(LocalDate sessionDate, Period window) {
        return sessionDate.plus(window);
    }

    /** Whether the register of a session dated {@code sessionDate} is still open on {@code today}. */
    public static boolean isOpen(LocalDate sessionDate, LocalDate today, Period window) {
        return !today.isAfter(lastOpenDay(sessionDate, window));
    }

    /**
     * The earliest session date whose register is still open on {@code today}: {@link #isOpen} turned around. For a
     * window of days that is {@code today - window}; a window of months ends on a shorter month's last day for more
     * than one session date, so the estimate is moved to where {@link #isOpen} changes (a few days at most).
     */
    public static LocalDate firstOpenSessionDate(LocalDate today, Period window) {
        LocalDate first = today.minus(window);
        while (!isOpen(first, today, window)) {
            first = first.plusDays(1);
        }
        while (isOpen(first.minusDays(1), today, window)) {
            first = first.minusDays(1);
        }
        return first;
    }

    /**
     * The refusal of the register when the window is closed and an entry that changes a record ({@code existing},
     * by enrollment; absent when there is none yet) carries no correction note, naming every such entry's
     * {@code correctionNote}; nothing when the window is open or every change says why.
     */
    public static Optional<Refused> refusalOf(LocalDate sessionDate, LocalDate today, Period window,
                                              Map<UUID, AttendanceRecordView> existing,
                                              List<AttendanceEntry> entries) {
        if (isOpen(sessionDate, today, window)) {
            return Optional.empty();
        }
        List<Refused.Issue> issues = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            AttendanceRecordView record = existing.get(entry.enrollmentId());
            boolean changes = record == null || !record.sameAs(entry);
            if (changes && (entry.correctionNote() == null || entry.correctionNote().isBlank())) {
                issues.add(new Refused.Issue("[" + i + "].correctionNote",
                        "is required: the register of this session was open until " + lastOpenDay(sessionDate, window)));
            }
        }
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refused(RutanRefusal.ATTENDANCE_LOCKED, "The register of the session of " + sessionDate
                + " was open until " + lastOpenDay(sessionDate, window) + "; " + issues.size() + " entr"
                + (issues.size() == 1 ? "y changes" : "ies change") + " it without a correctionNote; nothing was stored",
                issues));
    }
}
