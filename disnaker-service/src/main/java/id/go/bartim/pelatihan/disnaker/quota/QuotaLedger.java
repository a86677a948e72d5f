package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger of "1.000 Tenaga Kerja Terlatih" (SPEC 4): it counts people, one slot per person per
 * year. Every change locks the year's row first, so decisions of one year happen one at a time
 * whatever the number of consumers or replicas; the counters follow the slots by trigger and a
 * check keeps reserved + trained within the target. Before its first year, a transaction takes the
 * ledger's own lock ({@link #QUOTA_LOCK}), so transactions that need several years (a consumer's
 * batch around New Year) take their turns whole instead of each holding one year the other waits for.
 */
@ApplicationScoped
public class QuotaLedger {

    public static final int DEFAULT_TARGET = 1000;

    /**
     * Transaction-scoped advisory lock ("QUOTA" in ASCII) every change of the ledger takes before any year's row, once
     * per transaction. Year rows alone would be taken in whatever order a batch's events come: two batches spanning
     * the same two years in opposite orders would each hold the year the other waits for, and PostgreSQL would abort
     * one as deadlocked. The price: ledger transactions of different years (and a quota PUT) now take turns too,
     * each holding the lock until its commit (a consumer's batch, up to 250 events). Decisions of one year, by far
     * the most, took turns on the year's row already. Each service has a database of its own, so the key only has
     * to be unique within disnaker's.
     */
    static final long QUOTA_LOCK = 0x51554F5441L;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    PlainStatements statements;

    /**
     * What a reservation needs to know, read with one select under the year's lock: the year's {target, reserved,
     * trained}, the state of the person's slot that year (or null), the partner's allocation that year (or null)
     * and, when there is one, how many slots the partner uses.
     */
    private static final String RESERVATION = """
            select y.target, y.reserved, y.trained,
                   (select s.state from quota_slot s where s.year = y.year and s.participant_id = ?),
                   a.allocation,
                   case when a.allocation is not null then
                       (select count(*) from quota_slot s where s.year = y.year and s.partner_code = a.partner_code) end
            from quota_year y left join partner_allocation a on a.year = y.year and a.partner_code = ?
            where y.year = ? for update of y""";

    /** A row of {@link #RESERVATION}. */
    private record Reservation(int target, int reserved, int trained, String slotState, Integer allocation,
            long partnerUsed) {

        static Reservation read(ResultSet row) throws SQLException {
            return new Reservation(row.getInt(1), row.getInt(2), row.getInt(3), row.getString(4),
                    row.getObject(5, Integer.class), row.getLong(6));
        }
    }

    private static final String INSERT_SLOT = "insert into quota_slot (year, participant_id, state, program_code,"
            + " partner_code) values (?, ?, 'RESERVED', ?, ?)";

    /**
     * Reserves a slot for the person, or shares the one they hold; else says why not. The year's lock is taken (if
     * this transaction does not hold it yet), what the rules need is read in one round trip, and a new slot is added
     * to {@code round}, sent with the decision's other statements: the counters follow when it is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> reserve(PlainStatements.Round round, int year, UUID participantId, String programCode,
            String partnerCode) {
        holdYear(year);
        Reservation facts = statements.query(RESERVATION, Reservation::read, participantId, partnerCode, year).get(0);
        if (facts.slotState() != null) {
            return Optional.empty();
        }
        if (facts.reserved() + facts.trained() >= facts.target()) {
            return Optional.of(EnrollmentRejected.QUOTA_EXHAUSTED);
        }
        if (facts.allocation() != null && facts.partnerUsed() >= facts.allocation()) {
            return Optional.of(EnrollmentRejected.PARTNER_ALLOCATION_EXHAUSTED);
        }
        round.add(INSERT_SLOT, year, participantId, programCode, partnerCode);
        return Optional.empty();
    }

    /** A COMPETENT completion: the person's slot becomes trained, once per person per year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void train(int year, UUID participantId, String programCode) {
        lockYear(year);
        em.createNativeQuery("""
                        update quota_slot set state = 'TRAINED', program_code = :program
                        where year = :year and participant_id = :participant and state = 'RESERVED'""")
                .setParameter("year", year).setParameter("participant", participantId)
                .setParameter("program", programCode)
                .executeUpdate();
    }

    /**
     * After a withdrawal or NOT_YET_COMPETENT: frees the slot unless the person is trained or still
     * has another accepted enrollment that year (then the slot stays, credited to that program).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseUnlessHeld(int year, UUID participantId) {
        lockYear(year);
        if (!slotState(year, participantId).filter("RESERVED"::equals).isPresent()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> stillAccepted = em.createNativeQuery("""
                        select program_code from enrollment_decision
                        where participant_id = :participant and year = :year and status = 'ACCEPTED'
                        order by decided_at, enrollment_id""")
                .setParameter("participant", participantId).setParameter("year", year)
                .getResultList();
        if (stillAccepted.isEmpty()) {
            em.createNativeQuery("delete from quota_slot where year = :year and participant_id = :participant")
                    .setParameter("year", year).setParameter("participant", participantId).executeUpdate();
        } else {
            em.createNativeQuery("""
                            update quota_slot set program_code = :program
                            where year = :year and participant_id = :participant""")
                    .setParameter("program", stillAccepted.get(0))
                    .setParameter("year", year).setParameter("participant", participantId).executeUpdate();
        }
    }

    /**
     * Takes the year's lock unless this transaction already holds it through this method (one extra round trip
     * per year per batch). A request takes it before it locks any other row, the person's above all: two
     * consumers deciding two enrollments of one person would otherwise each hold what the other waits for (one
     * the person's row, the other the year's) and PostgreSQL would abort one of them as deadlocked. (Years among
     * themselves are ordered by the ledger's lock, {@link #QUOTA_LOCK}.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdYear(int year) {
        HeldYear held = new HeldYear(year);
        if (transaction.getResource(held) == null) {
            lockYear(year);
            transaction.putResource(held, Boolean.TRUE);
        }
    }

    /** The key under which a transaction remembers that it holds a year's lock. */
    private record HeldYear(int year) {
    }

    /** The key under which a transaction remembers that it holds {@link #QUOTA_LOCK}. */
    private enum HeldLedger {
        KEY
    }

    /** Takes {@link #QUOTA_LOCK} unless this transaction already holds it (waits while another transaction does). */
    private void holdLedger() {
        if (transaction.getResource(HeldLedger.KEY) == null) {
            statements.query("select 1 from pg_advisory_xact_lock(?)", row -> row.getInt(1), QUOTA_LOCK);
            transaction.putResource(HeldLedger.KEY, Boolean.TRUE);
        }
    }

    /** {target, reserved, trained} of the year, locked for this transaction; the row is made on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Object[] lockYear(int year) {
        em.flush();
        holdLedger();
        Object[] counts = selectForUpdate(year);
        if (counts == null) {
            em.createNativeQuery("insert into quota_year (year, target) values (:year, :target) on conflict do nothing")
                    .setParameter("year", year).setParameter("target", DEFAULT_TARGET).executeUpdate();
            counts = selectForUpdate(year);
        }
        return counts;
    }

    private Object[] selectForUpdate(int year) {
        List<Object[]> rows = statements.query(
                "select target, reserved, trained from quota_year where year = ? for update",
                row -> new Object[] {row.getInt(1), row.getInt(2), row.getInt(3)}, year);
        return rows.isEmpty() ? null : rows.get(0);
    }

    int partnerUsed(int year, String partnerCode) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from quota_slot where year = :year and partner_code = :partner")
                .setParameter("year", year).setParameter("partner", partnerCode).getSingleResult()).intValue();
    }

    private Optional<String> slotState(int year, UUID participantId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "select state from quota_slot where year = :year and participant_id = :participant")
                .setParameter("year", year).setParameter("participant", participantId).getResultList();
        return rows.stream().findFirst();
    }
}
