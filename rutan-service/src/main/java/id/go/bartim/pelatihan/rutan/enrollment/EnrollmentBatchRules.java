package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A batch of enrollment requests (SPEC 10) judged item by item with the single request's rule
 * ({@link EnrollmentRules#refusalOfRequest}), in order, over facts loaded for all of them at once: each accepted item
 * takes a seat before the next is judged, and an inmate listed twice is refused the second time.
 */
public final class EnrollmentBatchRules {

    private EnrollmentBatchRules() {
    }

    /** What the batch says of one item: accepted with its facts, refused, or about an inmate that does not exist. */
    public sealed interface Verdict {
        UUID inmateId();
    }

    /** The item may be enrolled; {@code facts} count the seats the earlier items took. */
    public record Accepted(UUID inmateId, RequestFacts facts) implements Verdict {
    }

    /** The item is refused by the rule a single request would meet. */
    public record Rejected(UUID inmateId, Refused refused) implements Verdict {
    }

    /** No inmate has this id. */
    public record Unknown(UUID inmateId) implements Verdict {
    }

    /**
     * The verdicts, one per item in the batch's order. {@code facts} holds the facts of every existing inmate of the
     * batch (their seat count is ignored); {@code seatsTaken} is the class's count before the batch.
     */
    public static List<Verdict> judge(List<UUID> inmateIds, Map<UUID, RequestFacts> facts, int seatsTaken,
                                      LocalDate today) {
        List<Verdict> verdicts = new ArrayList<>(inmateIds.size());
        Set<UUID> seen = new HashSet<>();
        int taken = seatsTaken;
        for (UUID inmateId : inmateIds) {
            RequestFacts found = facts.get(inmateId);
            if (found == null) {
                verdicts.add(new Unknown(inmateId));
                continue;
            }
            if (!seen.add(inmateId)) {
                verdicts.add(new Rejected(inmateId, new Refused(RutanRefusal.ALREADY_ENROLLED,
                        "The inmate is listed more than once in the batch; only the first counts")));
                continue;
            }
            RequestFacts counted = found.withSeatsTaken(taken);
            Optional<Refused> refusal = EnrollmentRules.refusalOfRequest(counted, today);
            if (refusal.isPresent()) {
                verdicts.add(new Rejected(inmateId, refusal.get()));
            } else {
                verdicts.add(new Accepted(inmateId, counted));
                taken++;
            }
        }
        return verdicts;
    }
}
