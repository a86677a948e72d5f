package id.go.bartim.pelatihan.disnaker.quota;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SPEC 4 invariants, checked against the database: the counters equal what the enrollment
 * records imply, and reserved + trained stays within the target.
 */
public final class QuotaInvariants {

    private QuotaInvariants() {
    }

    public static void assertHold(EntityManager em, int year) {
        QuarkusTransaction.requiringNew().run(() -> check(em, year));
    }

    private static void check(EntityManager em, int year) {
        Object[] counters = (Object[]) em.createNativeQuery(
                "select target, reserved, trained from quota_year where year = :year")
                .setParameter("year", year).getSingleResult();
        int trained = count(em, """
                select count(distinct participant_id) from enrollment_decision
                where year = :year and status = 'COMPLETED'""", year);
        int reserved = count(em, """
                select count(distinct participant_id) from enrollment_decision d
                where year = :year and status = 'ACCEPTED' and not exists (
                    select 1 from enrollment_decision t
                    where t.participant_id = d.participant_id and t.year = d.year and t.status = 'COMPLETED')""", year);
        assertEquals(reserved, ((Number) counters[1]).intValue(), "reserved equals people holding an accepted enrollment");
        assertEquals(trained, ((Number) counters[2]).intValue(), "trained equals people with a COMPETENT completion");
        assertTrue(reserved + trained <= ((Number) counters[0]).intValue(), "reserved + trained <= target");
    }

    private static int count(EntityManager em, String sql, int year) {
        return ((Number) em.createNativeQuery(sql).setParameter("year", year).getSingleResult()).intValue();
    }
}
