package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.domain.Refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who gets a freed seat (SPEC 10), a function over facts already loaded: the WAITING entries in order are judged by
 * the single request's rule ({@link EnrollmentRules#refusalOfRequest}); the first let through is enrolled, each one
 * refused before it is skipped with the refusal. A full class enrolls and skips nobody: a place on the list is not a
 * seat, and who is eligible is decided only when a seat is there to give.
 */
public final class WaitingListRules {

    private WaitingListRules() {
    }

    /** An entry passed over, with the rule that refused it. */
    public record Skip(UUID inmateId, Refused refused) {
    }

    /** The entries to skip, in order, and the inmate to enroll (with their facts), if any. */
    public record Promotion(List<Skip> skipped, Optional<RequestFacts> enroll) {
    }

    /**
     * {@code waiting} are the inmate ids of the WAITING entries in list order; {@code facts} the facts of those that
     * exist, counting the class's seats as they stand now.
     */
    public static Promotion next(List<UUID> waiting, Map<UUID, RequestFacts> facts, LocalDate today) {
        List<Skip> skipped = new ArrayList<>();
        RequestFacts first = waiting.isEmpty() ? null : facts.get(waiting.get(0));
        if (first == null || first.seatsTaken() >= first.capacity()) {
            // Judged before anyone's own rules: without a seat nobody is enrolled or skipped
            return new Promotion(skipped, Optional.empty());
        }
        for (UUID inmateId : waiting) {
            RequestFacts f = facts.get(inmateId);
            Optional<Refused> refusal = EnrollmentRules.refusalOfRequest(f, today);
            if (refusal.isEmpty()) {
                return new Promotion(skipped, Optional.of(f));
            }
            skipped.add(new Skip(inmateId, refusal.get()));
        }
        return new Promotion(skipped, Optional.empty());
    }
}
