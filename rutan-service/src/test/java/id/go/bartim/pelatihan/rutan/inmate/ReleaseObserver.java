package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the enrollments in tests: records each {@link InmateReleased} and whether it came
 * inside a transaction, and refuses the release of the inmates it is told to.
 */
@ApplicationScoped
public class ReleaseObserver {

    /** One event as the observer saw it. */
    public record Seen(InmateReleased event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Set<UUID> refused = ConcurrentHashMap.newKeySet();

    @Inject
    TransactionSynchronizationRegistry transactions;

    void onRelease(@Observes InmateReleased event) {
        seen.add(new Seen(event, transactions.getTransactionStatus() == Status.STATUS_ACTIVE));
        if (refused.contains(event.inmateId())) {
            throw ProblemException.conflict("withdrawal-failed", "Refused by the test observer");
        }
    }

    public List<Seen> seenFor(UUID inmateId) {
        return seen.stream().filter(s -> s.event().inmateId().equals(inmateId)).toList();
    }

    public void refuseFor(UUID inmateId) {
        refused.add(inmateId);
    }
}
