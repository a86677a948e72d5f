package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the quota from its maintained counters (never by counting enrollments) and changes the
 * target and partner allocations under the year's lock, refusing any value below what is in use.
 */
@ApplicationScoped
public class QuotaBoard {

    @Inject
    EntityManager em;

    @Inject
    QuotaLedger ledger;

    @Inject
    AuditLog audit;

    @SuppressWarnings("unchecked")
    public QuotaView read(int year) {
        List<Object[]> rows = em.createNativeQuery(
                        "select target, reserved, trained, version from quota_year where year = :year")
                .setParameter("year", year).getResultList();
        Object[] row = rows.isEmpty() ? new Object[]{QuotaLedger.DEFAULT_TARGET, 0, 0, 0L} : rows.get(0);
        int target = ((Number) row[0]).intValue();
        int reserved = ((Number) row[1]).intValue();
        int trained = ((Number) row[2]).intValue();
        return new QuotaView(year, target, reserved, trained, target - reserved - trained, byProgram(year),
                byPartner(year), ((Number) row[3]).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaView setTarget(int year, int target, String ifMatch) {
        Object[] counts = ledger.lockYear(year);
        ETags.requireMatch(ifMatch, read(year).version());
        int used = ((Number) counts[1]).intValue() + ((Number) counts[2]).intValue();
        if (target < used) {
            throw new Refused(DisnakerRefusal.TARGET_BELOW_USAGE, "The target " + target + " is below the "
                    + used + " slots already reserved or trained in " + year);
        }
        em.createNativeQuery("update quota_year set target = :target, version = version + 1 where year = :year")
                .setParameter("target", target).setParameter("year", year).executeUpdate();
        audit.record("UPDATE", "quota", year);
        return read(year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public QuotaView setAllocation(int year, String partnerCode, int allocation) {
        ledger.lockYear(year);
        int used = ledger.partnerUsed(year, partnerCode);
        if (allocation < used) {
            throw new Refused(DisnakerRefusal.ALLOCATION_BELOW_USAGE, "The allocation " + allocation
                    + " is below the " + used + " slots partner " + partnerCode + " already uses in " + year);
        }
        em.createNativeQuery("""
                        insert into partner_allocation (year, partner_code, allocation) values (:year, :partner, :allocation)
                        on conflict (year, partner_code) do update set allocation = excluded.allocation""")
                .setParameter("year", year).setParameter("partner", partnerCode).setParameter("allocation", allocation)
                .executeUpdate();
        audit.record("UPDATE", "partner-allocation", year + "/" + partnerCode);
        return read(year);
    }

    @SuppressWarnings("unchecked")
    private List<QuotaView.ProgramShare> byProgram(int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        select program_code, count(*) filter (where state = 'RESERVED'), count(*) filter (where state = 'TRAINED')
                        from quota_slot where year = :year group by program_code order by program_code""")
                .setParameter("year", year).getResultList();
        return rows.stream().map(r -> new QuotaView.ProgramShare((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<QuotaView.PartnerShare> byPartner(int year) {
        Map<String, QuotaView.PartnerShare> shares = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                        select coalesce(s.partner_code, a.partner_code), a.allocation,
                               coalesce(s.reserved, 0), coalesce(s.trained, 0)
                        from (select partner_code, count(*) filter (where state = 'RESERVED') reserved,
                                     count(*) filter (where state = 'TRAINED') trained
                              from quota_slot where year = :year group by partner_code) s
                        full join (select partner_code, allocation from partner_allocation where year = :year) a
                          on a.partner_code = s.partner_code
                        order by 1""")
                .setParameter("year", year).getResultList();
        for (Object[] r : rows) {
            shares.put((String) r[0], new QuotaView.PartnerShare((String) r[0],
                    r[1] == null ? null : ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue()));
        }
        return new ArrayList<>(shares.values());
    }
}
