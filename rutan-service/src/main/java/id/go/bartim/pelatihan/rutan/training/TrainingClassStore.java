package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The hand-written SQL of a training class (docs/persistence.md): its seat count, PENDING + ACCEPTED enrollments.
 * Taking a seat is one conditional update: the row lock serialises concurrent enrollments into the same class, so two
 * requests for the last seat cannot both win, and the table's check makes an overfull class impossible.
 */
@ApplicationScoped
public class TrainingClassStore {

    private static final String TAKE_SEAT =
            "update training_class set seats_taken = seats_taken + 1 where id = ? and seats_taken < capacity";

    private static final String RELEASE_SEAT = "update training_class set seats_taken = seats_taken - 1 where id = ?";

    @Inject
    PlainStatements statements;

    /**
     * Adds the taking of a seat to the round of the enrollment's statements; returns the index of its update count
     * in {@link PlainStatements.Round#send()}: 1 when a seat was free and is now taken, 0 when the class is full.
     */
    public int takeSeat(PlainStatements.Round round, UUID classId) {
        return round.add(TAKE_SEAT, classId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseSeat(UUID classId) {
        statements.execute(RELEASE_SEAT, classId);
    }
}
