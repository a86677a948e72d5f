package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * The hand-written SQL of a training class (docs/persistence.md): its seat count, PENDING + ACCEPTED enrollments, and
 * which of its sessions are held.
 * Taking a seat is one conditional update: the row lock serialises concurrent enrollments into the same class, so two
 * requests for the last seat cannot both win, and the table's check makes an overfull class impossible.
 */
@ApplicationScoped
public class TrainingClassStore {

    private static final String TAKE_SEAT =
            "update training_class set seats_taken = seats_taken + 1 where id = ? and seats_taken < capacity";

    /**
     * The seats taken, the class's row locked until the commit: a batch judges its items against this count, and
     * concurrent requests into the class wait for it. Taken after the inmates' rows, as a single request's seat is.
     */
    private static final String LOCK_SEATS = "select seats_taken from training_class where id = ? for no key update";

    private static final String TAKE_SEATS = """
            update training_class set seats_taken = seats_taken + ? where id = ? and seats_taken + ? <= capacity""";

    private static final String RELEASE_SEAT = "update training_class set seats_taken = seats_taken - 1 where id = ?";

    /**
     * The one definition of a HELD session (SPEC 10), as a condition on a session {@code s}: its register was taken,
     * so it has a record an officer set. The records an excusal wrote in advance do not make a future session held.
     */
    public static final String HELD = """
            exists (select 1 from attendance_record r where r.session_id = s.id and r.excusal_id is null)""";

    /** Of the given sessions, those {@link #HELD} unless cancelled. */
    private static final String HELD_AMONG = "select s.id from class_session s where s.id = any(cast(? as uuid[])) and "
            + HELD;

    @Inject
    PlainStatements statements;

    /** Which of {@code sessionIds} are {@link #HELD}: their status is HELD unless cancelled. */
    @Transactional
    public Set<UUID> heldAmong(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        String[] ids = sessionIds.stream().map(UUID::toString).toArray(String[]::new);
        return new HashSet<>(statements.query(HELD_AMONG, row -> row.getObject(1, UUID.class), (Object) ids));
    }

    /**
     * Adds the taking of a seat to the round of the enrollment's statements; returns the index of its update count
     * in {@link PlainStatements.Round#send()}: 1 when a seat was free and is now taken, 0 when the class is full.
     */
    public int takeSeat(PlainStatements.Round round, UUID classId) {
        return round.add(TAKE_SEAT, classId);
    }

    /** {@link #LOCK_SEATS}; empty when there is no such class. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> lockSeats(UUID classId) {
        return statements.query(LOCK_SEATS, row -> row.getInt(1), classId).stream().findFirst();
    }

    /** As {@link #takeSeat}, for {@code count} seats at once: 1 when all were free and are now taken, else 0. */
    public int takeSeats(PlainStatements.Round round, UUID classId, int count) {
        return round.add(TAKE_SEATS, count, classId, count);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseSeat(UUID classId) {
        statements.execute(RELEASE_SEAT, classId);
    }
}
