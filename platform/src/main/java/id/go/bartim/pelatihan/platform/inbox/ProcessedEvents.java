package id.go.bartim.pelatihan.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The idempotent-consumer log: a consumer records each {@code ce_id} in the same transaction as
 * its side effect, so a redelivered event is recognised and skipped. The primary key makes a
 * second record of the same event impossible; a concurrent duplicate waits for the first to commit.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        values (:consumer, :eventId, now())
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
