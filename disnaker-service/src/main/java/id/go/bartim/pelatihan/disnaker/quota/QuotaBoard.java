package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Reads the quota from its maintained counters (never by counting enrollments) and changes the
 * target and partner allocations under the year's lock, refusing any value below what is in use.
 */
@ApplicationScoped
public class QuotaBoard {

    @Inject
    QuotaStore store;

    @Inject
    QuotaLedger ledger;

    @Inject
    AuditLog audit;

    @Transactional
    public QuotaView read(int year) {
        QuotaStore.Year counts = store.year(year).orElse(new QuotaStore.Year(QuotaRules.DEFAULT_TARGET, 0, 0, 0));
        return new QuotaView(year, counts.target(), counts.reserved(), counts.trained(),
                counts.target() - counts.reserved() - counts.trained(), store.byProgram(year), store.byPartner(year),
                counts.version());
    }

    /** The person's slots, every year they held one: part of their own data (SPEC 9). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<QuotaStore.Slot> slotsOf(UUID participantId) {
        return store.slotsOf(participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaView setTarget(int year, int target, String ifMatch) {
        QuotaStore.Counts counts = ledger.lockYear(year);
        ETags.requireMatch(ifMatch, read(year).version());
        QuotaRules.refusalOfTarget(year, target, counts.used()).ifPresent(refused -> {
            throw refused;
        });
        store.setTarget(year, target);
        audit.record("UPDATE", "quota", year);
        return read(year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaView setAllocation(int year, String partnerCode, int allocation) {
        ledger.lockYear(year);
        QuotaRules.refusalOfAllocation(year, partnerCode, allocation, store.partnerUsed(year, partnerCode))
                .ifPresent(refused -> {
                    throw refused;
                });
        store.setAllocation(year, partnerCode, allocation);
        audit.record("UPDATE", "partner-allocation", year + "/" + partnerCode);
        return read(year);
    }
}
