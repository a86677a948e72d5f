package id.go.bartim.pelatihan.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return firstDeliveries(consumer, List.of(eventId))[0];
    }

    /**
     * {@link #firstDelivery} for a polled batch, with one statement (one round trip, not one per event): for each
     * event in order, true the first time this consumer sees it, false for a redelivery, and false for a second
     * copy of the same {@code ce_id} within the batch (the first copy is the one applied).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean[] firstDeliveries(String consumer, List<UUID> eventIds) {
        Set<UUID> inserted = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, processed_at)
                    select ?, id, now() from unnest(?) as id
                    on conflict do nothing
                    returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                Set<UUID> ids = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
        boolean[] first = new boolean[eventIds.size()];
        for (int i = 0; i < first.length; i++) {
            first[i] = inserted.remove(eventIds.get(i));
        }
        return first;
    }
}
