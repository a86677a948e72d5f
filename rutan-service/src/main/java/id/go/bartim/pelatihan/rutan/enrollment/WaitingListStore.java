package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written SQL of waiting lists (docs/persistence.md): the next position, the entries in line, and settling
 * entries when a seat frees, added to the round that enrolls the one whose turn it is.
 */
@ApplicationScoped
public class WaitingListStore {

    /** Read with the class's row locked, so two entries added at once cannot take the same position. */
    private static final String NEXT_POSITION =
            "select coalesce(max(position), 0) + 1 from waiting_list_entry where class_id = ?";

    private static final String WAITING = """
            select inmate_id from waiting_list_entry where class_id = ? and status = 'WAITING' order by position""";

    private static final String ENROLLED = """
            update waiting_list_entry set status = 'ENROLLED', enrollment_id = ?, settled_at = ?
            where class_id = ? and inmate_id = ? and status = 'WAITING'""";

    private static final String SKIPPED = """
            update waiting_list_entry set status = 'SKIPPED', skip_reason = ?, settled_at = ?
            where class_id = ? and inmate_id = ? and status = 'WAITING'""";

    private static final String PLACE_IN_CLASS = """
            select exists (select 1 from enrollment where class_id = ? and inmate_id = ? and status = any(?))""";

    private static final String[] PLACE_STATUSES =
            EnrollmentStatus.PLACE_IN_CLASS.stream().map(Enum::name).toArray(String[]::new);

    @Inject
    PlainStatements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public int nextPosition(UUID classId) {
        return statements.query(NEXT_POSITION, row -> row.getInt(1), classId).get(0);
    }

    /** The inmates WAITING for the class, in list order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> waiting(UUID classId) {
        return statements.query(WAITING, row -> row.getObject(1, UUID.class), classId);
    }

    /** Whether the inmate holds a place in the class ({@link EnrollmentStatus#PLACE_IN_CLASS}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holdsPlace(UUID classId, UUID inmateId) {
        return statements.query(PLACE_IN_CLASS, row -> row.getBoolean(1), classId, inmateId, PLACE_STATUSES).get(0);
    }

    void enrolled(PlainStatements.Round round, UUID classId, UUID inmateId, UUID enrollmentId, OffsetDateTime now) {
        round.add(ENROLLED, enrollmentId, now, classId, inmateId);
    }

    void skipped(PlainStatements.Round round, UUID classId, UUID inmateId, String reason, OffsetDateTime now) {
        round.add(SKIPPED, reason, now, classId, inmateId);
    }
}
