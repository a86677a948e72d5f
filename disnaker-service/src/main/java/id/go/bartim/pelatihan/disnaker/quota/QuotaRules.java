package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;

import java.util.List;
import java.util.Optional;

/**
 * The rules of "1.000 Tenaga Kerja Terlatih" (SPEC 4), each a function over facts already loaded. The quota counts
 * people: one slot per person per year, reserved by an accepted enrollment and turned trained by a COMPETENT
 * completion. The database keeps reserved + trained within the target whatever these functions answer.
 */
public final class QuotaRules {

    /** A year with no explicit target has this one. */
    public static final int DEFAULT_TARGET = 1000;

    private QuotaRules() {
    }

    /** What a request is decided: accepted (reserving a new slot or sharing the one held), or rejected with a reason. */
    public record Verdict(String rejectionReason, boolean reservesSlot) {

        static final Verdict SHARES_SLOT = new Verdict(null, false);
        static final Verdict RESERVES_SLOT = new Verdict(null, true);

        static Verdict rejected(String reason) {
            return new Verdict(reason, false);
        }

        public boolean accepted() {
            return rejectionReason == null;
        }
    }

    /** The quota year of an enrollment: the year its class starts. */
    public static int yearOf(EnrollmentRequested request) {
        return request.classStartDate().getYear();
    }

    /** A request that could be read but not decided (SPEC 8): rejected, so that it still gets a decision. */
    public static Verdict invalidRequest() {
        return Verdict.rejected(EnrollmentRejected.INVALID_REQUEST);
    }

    /**
     * An enrollment is accepted only if the program exists and is active, and the person already holds a slot that
     * year or {@code reserved + trained < target} (and, where the partner has an allocation, the partner's
     * {@code reserved + trained < allocation}). {@code programActive} is null when there is no such program.
     */
    public static Verdict decide(Boolean programActive, QuotaFacts quota) {
        if (programActive == null) {
            return Verdict.rejected(EnrollmentRejected.PROGRAM_UNKNOWN);
        }
        if (!programActive) {
            return Verdict.rejected(EnrollmentRejected.PROGRAM_INACTIVE);
        }
        if (quota.slot() != null) {
            return Verdict.SHARES_SLOT;
        }
        if (quota.reserved() + quota.trained() >= quota.target()) {
            return Verdict.rejected(EnrollmentRejected.QUOTA_EXHAUSTED);
        }
        if (quota.partnerAllocation() != null && quota.partnerUsed() >= quota.partnerAllocation()) {
            return Verdict.rejected(EnrollmentRejected.PARTNER_ALLOCATION_EXHAUSTED);
        }
        return Verdict.RESERVES_SLOT;
    }

    /** A COMPETENT completion turns the person's slot into trained, once per person per year. */
    public static boolean turnsTrained(Optional<SlotState> slot) {
        return slot.isPresent() && slot.get() == SlotState.RESERVED;
    }

    /** What becomes of a reserved slot after a withdrawal or a NOT_YET_COMPETENT completion. */
    public sealed interface Release {
        /** Nothing to release: no slot, or the person is trained that year. */
        record Keep() implements Release {
        }

        /** No other accepted enrollment that year: the slot is freed. */
        record Free() implements Release {
        }

        /** Another accepted enrollment still holds the slot: it stays, credited to that enrollment's program. */
        record Credit(String programCode) implements Release {
        }
    }

    /**
     * Withdrawal or NOT_YET_COMPETENT releases the slot unless the person still has another accepted enrollment that
     * year ({@code acceptedPrograms}, the earliest decided first) or is already trained.
     */
    public static Release release(Optional<SlotState> slot, List<String> acceptedPrograms) {
        if (slot.isEmpty() || slot.get() == SlotState.TRAINED) {
            return new Release.Keep();
        }
        return acceptedPrograms.isEmpty() ? new Release.Free() : new Release.Credit(acceptedPrograms.get(0));
    }

    /** {@code PUT /quota/{year}}: a target below {@code reserved + trained} is refused (409). */
    public static Optional<Refused> refusalOfTarget(int year, int target, int used) {
        if (target >= used) {
            return Optional.empty();
        }
        return Optional.of(new Refused(DisnakerRefusal.TARGET_BELOW_USAGE, "The target " + target + " is below the "
                + used + " slots already reserved or trained in " + year));
    }

    /** A partner's allocation below the slots the partner already uses that year is refused (409). */
    public static Optional<Refused> refusalOfAllocation(int year, String partnerCode, int allocation, int used) {
        if (allocation >= used) {
            return Optional.empty();
        }
        return Optional.of(new Refused(DisnakerRefusal.ALLOCATION_BELOW_USAGE, "The allocation " + allocation
                + " is below the " + used + " slots partner " + partnerCode + " already uses in " + year));
    }
}
