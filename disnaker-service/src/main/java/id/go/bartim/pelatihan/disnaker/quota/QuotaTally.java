package id.go.bartim.pelatihan.disnaker.quota;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The quota's facts for a batch of requests, loaded once under the years' locks and kept up to date in memory as each
 * request is decided ({@link QuotaRules#decide}), so the requests of a batch are decided exactly as one at a time
 * would: a second request of one person shares the slot the first reserved, and the last free slots go to the first
 * requests that ask. The database's trigger and check stay the backstop.
 */
public final class QuotaTally {

    private record PersonYear(int year, UUID participantId) {
    }

    private record PartnerYear(int year, String partnerCode) {
    }

    /** A year's target and slots in use; a partner's allocation and slots in use. Mutable: the batch reserves. */
    private static final class Count {
        final Integer limit;
        int reserved;
        int trained;

        Count(Integer limit, int reserved, int trained) {
            this.limit = limit;
            this.reserved = reserved;
            this.trained = trained;
        }
    }

    private final Map<Integer, Count> years = new HashMap<>();
    private final Map<PersonYear, SlotState> slots = new HashMap<>();
    private final Map<PartnerYear, Count> allocations = new HashMap<>();

    /** A year's counters as read under its lock. */
    public void year(int year, int target, int reserved, int trained) {
        years.put(year, new Count(target, reserved, trained));
    }

    /** A person's slot in a year. */
    public void slot(int year, UUID participantId, SlotState state) {
        slots.put(new PersonYear(year, participantId), state);
    }

    /** A partner's allocation in a year and the slots the partner uses then. */
    public void allocation(int year, String partnerCode, int allocation, int used) {
        allocations.put(new PartnerYear(year, partnerCode), new Count(allocation, used, 0));
    }

    /** The facts {@link QuotaRules#decide} judges a request of the person through the partner on, as they are now. */
    public QuotaFacts factsOf(int year, UUID participantId, String partnerCode) {
        Count y = years.get(year);
        if (y == null) {
            throw new IllegalStateException("the year " + year + " was not loaded");
        }
        Count a = allocations.get(new PartnerYear(year, partnerCode));
        return new QuotaFacts(y.limit, y.reserved, y.trained, slots.get(new PersonYear(year, participantId)),
                a == null ? null : a.limit, a == null ? 0 : a.reserved);
    }

    /** Decides a request on the facts as they are now and, when it reserves a slot, counts the slot. */
    public QuotaRules.Verdict decide(Boolean programActive, int year, UUID participantId, String partnerCode) {
        QuotaRules.Verdict verdict = QuotaRules.decide(programActive, factsOf(year, participantId, partnerCode));
        if (verdict.reservesSlot()) {
            years.get(year).reserved++;
            slots.put(new PersonYear(year, participantId), SlotState.RESERVED);
            Count a = allocations.get(new PartnerYear(year, partnerCode));
            if (a != null) {
                a.reserved++;
            }
        }
        return verdict;
    }
}
