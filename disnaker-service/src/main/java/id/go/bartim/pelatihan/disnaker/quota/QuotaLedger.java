package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The ledger of "1.000 Tenaga Kerja Terlatih" (SPEC 4): applies {@link QuotaRules} under the year's lock. Every change
 * locks the year's row first, so decisions of one year happen one at a time whatever the number of consumers or
 * replicas. Before its first year, a transaction takes the ledger's own lock ({@link #QUOTA_LOCK}), so transactions
 * that need several years (a consumer's batch around New Year) take their turns whole instead of each holding one
 * year the other waits for.
 */
@ApplicationScoped
public class QuotaLedger {

    /**
     * Transaction-scoped advisory lock ("QUOTA" in ASCII) every change of the ledger takes before any year's row, once
     * per transaction. Year rows alone would be taken in whatever order a batch's events come: two batches spanning
     * the same two years in opposite orders would each hold the year the other waits for, and PostgreSQL would abort
     * one as deadlocked. The price: ledger transactions of different years (and a quota PUT) take turns too, each
     * holding the lock until its commit. Each service has a database of its own, so the key only has to be unique
     * within disnaker's.
     */
    static final long QUOTA_LOCK = 0x51554F5441L;

    @Inject
    QuotaStore store;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** What a request asks of the quota: a slot for the person in the year, through the partner, for the program. */
    public record Ask(int year, UUID participantId, String programCode, String partnerCode, Boolean programActive) {
    }

    /**
     * Decides a batch's requests against the quota ({@link QuotaRules#decide}), in order, over facts read once under
     * the years' locks (taken, in ascending order, if this transaction does not hold them yet) and kept up to date as
     * each request reserves ({@link QuotaTally}); their verdicts, in order. The new slots are added to {@code round}
     * as one insert, sent with the decisions: the counters follow when it is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<QuotaRules.Verdict> decideAll(PlainStatements.Round round, List<Ask> asks) {
        if (asks.isEmpty()) {
            return List.of();
        }
        Set<Integer> years = new TreeSet<>();
        Set<Map.Entry<Integer, UUID>> people = new HashSet<>();
        Set<Map.Entry<Integer, String>> partners = new HashSet<>();
        for (Ask ask : asks) {
            years.add(ask.year());
            people.add(Map.entry(ask.year(), ask.participantId()));
            partners.add(Map.entry(ask.year(), ask.partnerCode()));
        }
        years.forEach(this::holdYear);
        QuotaTally tally = store.tally(years, people, partners);
        List<QuotaRules.Verdict> verdicts = new ArrayList<>(asks.size());
        List<QuotaStore.NewSlot> slots = new ArrayList<>();
        for (Ask ask : asks) {
            QuotaRules.Verdict verdict = tally.decide(ask.programActive(), ask.year(), ask.participantId(),
                    ask.partnerCode());
            if (verdict.reservesSlot()) {
                slots.add(new QuotaStore.NewSlot(ask.year(), ask.participantId(), ask.programCode(),
                        ask.partnerCode()));
            }
            verdicts.add(verdict);
        }
        store.addSlots(round, slots);
        return verdicts;
    }

    /** A COMPETENT completion: the person's slot becomes trained, once per person per year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void train(int year, UUID participantId, String programCode) {
        lockYear(year);
        if (QuotaRules.turnsTrained(store.slotState(year, participantId))) {
            store.trainSlot(year, participantId, programCode);
        }
    }

    /** After a withdrawal or NOT_YET_COMPETENT: {@link QuotaRules#release}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseUnlessHeld(int year, UUID participantId) {
        lockYear(year);
        Optional<SlotState> slot = store.slotState(year, participantId);
        QuotaRules.Release release = QuotaRules.release(slot,
                slot.isPresent() ? store.acceptedPrograms(year, participantId) : List.of());
        if (release instanceof QuotaRules.Release.Free) {
            store.freeSlot(year, participantId);
        } else if (release instanceof QuotaRules.Release.Credit credit) {
            store.creditSlot(year, participantId, credit.programCode());
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

    /** The year's counters, locked for this transaction (after the ledger's lock); the row is made on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaStore.Counts lockYear(int year) {
        if (transaction.getResource(HeldLedger.KEY) == null) {
            store.lockLedger(QUOTA_LOCK);
            transaction.putResource(HeldLedger.KEY, Boolean.TRUE);
        }
        return store.lockYear(year, QuotaRules.DEFAULT_TARGET);
    }

    /** The key under which a transaction remembers that it holds a year's lock. */
    private record HeldYear(int year) {
    }

    /** The key under which a transaction remembers that it holds {@link #QUOTA_LOCK}. */
    private enum HeldLedger {
        KEY
    }
}
