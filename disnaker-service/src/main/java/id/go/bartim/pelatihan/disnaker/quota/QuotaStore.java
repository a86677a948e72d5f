package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The hand-written SQL of the quota ledger (docs/persistence.md): years, slots and partner allocations. The counters
 * of a year follow its slots by trigger, and a check keeps reserved + trained within the target; the locks that order
 * ledger transactions are taken here, when {@link QuotaLedger} asks.
 */
@ApplicationScoped
public class QuotaStore {

    /** A year's counters as the board shows them. */
    public record Year(int target, int reserved, int trained, long version) {
    }

    /** A year's counters, locked for the transaction. */
    public record Counts(int target, int reserved, int trained) {

        int used() {
            return reserved + trained;
        }
    }

    /** A person's slot in one year, as their own data shows it (SPEC 9). */
    public record Slot(int year, SlotState state, String programCode, String partnerCode) {
    }

    private static final String LOCK_LEDGER = "select 1 from pg_advisory_xact_lock(?)";

    private static final String LOCK_YEAR = "select target, reserved, trained from quota_year where year = ? for update";

    private static final String CREATE_YEAR = "insert into quota_year (year, target) values (?, ?) on conflict do nothing";

    private static final String READ_YEAR = "select target, reserved, trained, version from quota_year where year = ?";

    /**
     * The facts of a batch's reservations, under the years' locks, in one query: the years' counters (Y), the slots
     * the people hold in those years (S: participant, state) and the partners' allocations with the slots each uses
     * (A: partner, allocation, used). Values: the years; the years and people paired; the years and partners paired.
     */
    private static final String RESERVATIONS = """
            select 'Y', y.year, null::text, null::text, y.target, y.reserved, y.trained
            from quota_year y where y.year = any(?::int[])
            union all
            select 'S', s.year, s.participant_id::text, s.state::text, null::int, null::int, null::int
            from unnest(?::int[], ?::uuid[]) as k(year, participant_id)
            join quota_slot s on s.year = k.year and s.participant_id = k.participant_id
            union all
            select 'A', a.year, a.partner_code::text, null::text, a.allocation,
                   (select count(*)::int from quota_slot s where s.year = a.year and s.partner_code = a.partner_code),
                   null::int
            from unnest(?::int[], ?::text[]) as k(year, partner_code)
            join partner_allocation a on a.year = k.year and a.partner_code = k.partner_code""";

    /** New RESERVED slots, one row per element of the arrays: years, people, programs, partners. */
    private static final String INSERT_SLOTS = """
            insert into quota_slot (year, participant_id, state, program_code, partner_code)
            select s.year, s.participant_id, 'RESERVED', s.program_code, s.partner_code
            from unnest(?::int[], ?::uuid[], ?::text[], ?::text[])
                 with ordinality as s(year, participant_id, program_code, partner_code, n)
            order by s.n""";

    /** A slot a batch reserves. */
    public record NewSlot(int year, UUID participantId, String programCode, String partnerCode) {
    }

    private static final String SLOT_STATE = "select state from quota_slot where year = ? and participant_id = ?";

    private static final String TRAIN_SLOT = "update quota_slot set state = 'TRAINED', program_code = ?"
            + " where year = ? and participant_id = ?";

    private static final String FREE_SLOT = "delete from quota_slot where year = ? and participant_id = ?";

    private static final String CREDIT_SLOT = "update quota_slot set program_code = ? where year = ? and participant_id = ?";

    /** The programs of the person's accepted enrollments that year, the earliest decided first. */
    private static final String ACCEPTED_PROGRAMS = """
            select program_code from enrollment_decision
            where participant_id = ? and year = ? and status = 'ACCEPTED'
            order by decided_at, enrollment_id""";

    private static final String SLOTS_OF = "select year, state, program_code, partner_code from quota_slot"
            + " where participant_id = ? order by year";

    private static final String PARTNER_USED = "select count(*) from quota_slot where year = ? and partner_code = ?";

    private static final String SET_TARGET = "update quota_year set target = ?, version = version + 1 where year = ?";

    private static final String SET_ALLOCATION = """
            insert into partner_allocation (year, partner_code, allocation) values (?, ?, ?)
            on conflict (year, partner_code) do update set allocation = excluded.allocation""";

    private static final String BY_PROGRAM = """
            select program_code, count(*) filter (where state = 'RESERVED'), count(*) filter (where state = 'TRAINED')
            from quota_slot where year = ? group by program_code order by program_code""";

    private static final String BY_PARTNER = """
            select coalesce(s.partner_code, a.partner_code), a.allocation, coalesce(s.reserved, 0), coalesce(s.trained, 0)
            from (select partner_code, count(*) filter (where state = 'RESERVED') reserved,
                         count(*) filter (where state = 'TRAINED') trained
                  from quota_slot where year = ? group by partner_code) s
            full join (select partner_code, allocation from partner_allocation where year = ?) a
              on a.partner_code = s.partner_code
            order by 1""";

    /**
     * People trained in a year by the month of their first certificate of that year (SPEC 11's public progress); a
     * class of the year that ends in the next year counts in December, so every count falls in the year's months.
     * Values: the year twice.
     */
    private static final String TRAINED_BY_MONTH = """
            select to_char(least(f.first_issued, make_date(?, 12, 31)), 'YYYY-MM'), count(*)
            from (select s.participant_id, min(c.issued_on) first_issued
                  from quota_slot s
                  join certificate c on c.participant_id = s.participant_id and c.year = s.year
                  where s.year = ? and s.state = 'TRAINED'
                  group by s.participant_id) f
            group by 1 order by 1""";

    /** People trained in a year by sex; a participant without one counts as UNKNOWN. */
    private static final String TRAINED_BY_SEX = """
            select coalesce(p.sex::text, 'UNKNOWN'), count(*)
            from quota_slot s join participant p on p.id = s.participant_id
            where s.year = ? and s.state = 'TRAINED'
            group by 1 order by 1""";

    /** A count of people under one label (a month {@code YYYY-MM}, a sex). */
    public record Tally(String label, int count) {
    }

    @Inject
    PlainStatements statements;

    /** Waits for, then holds until the commit, the transaction-scoped advisory lock {@code key}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockLedger(long key) {
        statements.query(LOCK_LEDGER, row -> row.getInt(1), key);
    }

    /** The year's counters, locked for this transaction; the row is made (with {@code defaultTarget}) on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts lockYear(int year, int defaultTarget) {
        Optional<Counts> counts = selectYearForUpdate(year);
        if (counts.isEmpty()) {
            statements.execute(CREATE_YEAR, year, defaultTarget);
            counts = selectYearForUpdate(year);
        }
        return counts.orElseThrow();
    }

    private Optional<Counts> selectYearForUpdate(int year) {
        return statements.query(LOCK_YEAR, row -> new Counts(row.getInt(1), row.getInt(2), row.getInt(3)), year)
                .stream().findFirst();
    }

    /**
     * The quota's facts for the people (each in a year) and partners (each in a year) of a batch, read with one query;
     * the years' rows must exist (locked by the caller).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaTally tally(Set<Integer> years, Set<Map.Entry<Integer, UUID>> people,
                            Set<Map.Entry<Integer, String>> partners) {
        QuotaTally tally = new QuotaTally();
        statements.query(RESERVATIONS, row -> {
            int year = row.getInt(2);
            switch (row.getString(1)) {
                case "Y" -> tally.year(year, row.getInt(5), row.getInt(6), row.getInt(7));
                case "S" -> tally.slot(year, UUID.fromString(row.getString(3)), SlotState.valueOf(row.getString(4)));
                default -> tally.allocation(year, row.getString(3), row.getInt(5), row.getInt(6));
            }
            return year;
        }, texts(years.stream()), texts(people.stream().map(Map.Entry::getKey)),
                texts(people.stream().map(Map.Entry::getValue)), texts(partners.stream().map(Map.Entry::getKey)),
                texts(partners.stream().map(Map.Entry::getValue)));
        return tally;
    }

    /** Adds a batch's new slots to the round that sends them with the decisions, as one insert: the trigger counts each. */
    public void addSlots(PlainStatements.Round round, List<NewSlot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        round.add(INSERT_SLOTS, texts(slots.stream().map(NewSlot::year)),
                texts(slots.stream().map(NewSlot::participantId)), texts(slots.stream().map(NewSlot::programCode)),
                texts(slots.stream().map(NewSlot::partnerCode)));
    }

    private static String[] texts(Stream<?> values) {
        return values.map(String::valueOf).toArray(String[]::new);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SlotState> slotState(int year, UUID participantId) {
        return statements.query(SLOT_STATE, row -> SlotState.valueOf(row.getString(1)), year, participantId)
                .stream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainSlot(int year, UUID participantId, String programCode) {
        statements.execute(TRAIN_SLOT, programCode, year, participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void freeSlot(int year, UUID participantId) {
        statements.execute(FREE_SLOT, year, participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void creditSlot(int year, UUID participantId, String programCode) {
        statements.execute(CREDIT_SLOT, programCode, year, participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> acceptedPrograms(int year, UUID participantId) {
        return statements.query(ACCEPTED_PROGRAMS, row -> row.getString(1), participantId, year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Slot> slotsOf(UUID participantId) {
        return statements.query(SLOTS_OF, row -> new Slot(row.getInt(1), SlotState.valueOf(row.getString(2)),
                row.getString(3), row.getString(4)), participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int partnerUsed(int year, String partnerCode) {
        return statements.query(PARTNER_USED, row -> row.getInt(1), year, partnerCode).get(0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setTarget(int year, int target) {
        statements.execute(SET_TARGET, target, year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setAllocation(int year, String partnerCode, int allocation) {
        statements.execute(SET_ALLOCATION, year, partnerCode, allocation);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Year> year(int year) {
        return statements.query(READ_YEAR,
                row -> new Year(row.getInt(1), row.getInt(2), row.getInt(3), row.getLong(4)), year).stream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<QuotaView.ProgramShare> byProgram(int year) {
        return statements.query(BY_PROGRAM,
                row -> new QuotaView.ProgramShare(row.getString(1), row.getInt(2), row.getInt(3)), year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Tally> trainedByMonth(int year) {
        return statements.query(TRAINED_BY_MONTH, row -> new Tally(row.getString(1), row.getInt(2)), year, year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Tally> trainedBySex(int year) {
        return statements.query(TRAINED_BY_SEX, row -> new Tally(row.getString(1), row.getInt(2)), year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<QuotaView.PartnerShare> byPartner(int year) {
        return statements.query(BY_PARTNER, row -> new QuotaView.PartnerShare(row.getString(1),
                row.getObject(2, Integer.class), row.getInt(3), row.getInt(4)), year, year);
    }
}
