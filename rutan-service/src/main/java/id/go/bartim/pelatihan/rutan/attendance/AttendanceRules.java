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

    private static String field(int index) {
        return "[" + index + "].enrollmentId";
    }
}
