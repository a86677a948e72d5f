package id.go.bartim.pelatihan.rutan.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The seat count of a class (PENDING + ACCEPTED enrollments). Taking a seat is one conditional
 * UPDATE: the row lock serialises concurrent enrollments into the same class, so two requests for
 * the last seat cannot both win, and the table's check makes an overfull class impossible.
 */
@ApplicationScoped
public class Seats {

    @Inject
    EntityManager em;

    /** True when a seat was free and is now taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(UUID classId) {
        return em.createNativeQuery(
                        "update training_class set seats_taken = seats_taken + 1 where id = :id and seats_taken < capacity")
                .setParameter("id", classId)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID classId) {
        em.createNativeQuery("update training_class set seats_taken = seats_taken - 1 where id = :id")
                .setParameter("id", classId)
                .executeUpdate();
    }
}
