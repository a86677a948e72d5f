package id.go.bartim.pelatihan.disnaker.quota;

/**
 * What the quota decision of SPEC 4 is judged on, read under the year's lock: the year's counters, the person's slot
 * that year (null: none), the partner's allocation that year (null: none) and the slots the partner uses.
 */
public record QuotaFacts(int target, int reserved, int trained, SlotState slot, Integer partnerAllocation,
                         long partnerUsed) {
}
