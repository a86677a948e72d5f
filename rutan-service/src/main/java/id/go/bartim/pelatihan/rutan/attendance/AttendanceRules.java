package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of SPEC 3 about a session's attendance register, each a function over facts already loaded: it answers
 * with the refusal of the whole request, or with nothing when every entry may be stored. A register is all or
 * nothing, so one bad entry refuses them all.
 */
public final class AttendanceRules {

    private AttendanceRules() {
    }

    /** An enrollment named twice in one register is refused (400), at its second entry. */
    public static Optional<Refused> refusalOfDuplicates(List<AttendanceEntry> entries) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).enrollmentId())) {
                return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, field(i), "appears more than once"));
            }
        }
        return Optional.empty();
    }

    /**
     * An entry whose enrollment is not among {@code acceptedIds} (the ACCEPTED enrollments of this class) refuses the
     * whole register (422), naming every such entry.
     */
    public static Optional<Refused> refusalOfEntries(List<AttendanceEntry> entries, Set<UUID> acceptedIds) {
        List<Refused.Issue> issues = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!acceptedIds.contains(entries.get(i).enrollmentId())) {
                issues.add(new Refused.Issue(field(i), "is not an ACCEPTED enrollment of this class"));
            }
        }
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refused(RutanRefusal.ENROLLMENT_NOT_ACCEPTED,
                issues.size() + " entr" + (issues.size() == 1 ? "y is" : "ies are")
                        + " not ACCEPTED enrollments of this class; nothing was stored", issues));
    }

    /**
     * A reason goes only with EXCUSED or ABSENT (SPEC 10): on PRESENT, LATE or SICK it would say nothing true, so it
     * is refused (400 naming {@code [i].reason}) instead of dropped; OTHER says why in a note that is not blank (400
     * naming {@code [i].note}). Every such entry is named.
     */
    public static Optional<Refused> refusalOfReasons(List<AttendanceEntry> entries) {
        List<Refused.Issue> issues = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (entry.reason() != null && !AttendanceStatus.WITH_REASON.contains(entry.status())) {
                issues.add(new Refused.Issue("[" + i + "].reason", "is allowed only with EXCUSED or ABSENT"));
            } else if (entry.reason() == AttendanceReason.OTHER && noteOf(entry) == null) {
                issues.add(new Refused.Issue("[" + i + "].note", "is required when reason is OTHER"));
            }
        }
        return issues.isEmpty() ? Optional.empty() : Optional.of(new Refused(RutanRefusal.INVALID_FIELD,
                issues.size() + " entr" + (issues.size() == 1 ? "y has" : "ies have") + " a wrong reason", issues));
    }

    /** The note an entry stores: a blank one is none. */
    static String noteOf(AttendanceEntry entry) {
        return entry.note() == null || entry.note().isBlank() ? null : entry.note();
    }

    private static String field(int index) {
        return "[" + index + "].enrollmentId";
    }
}
