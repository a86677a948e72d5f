package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes attendance (SPEC 3): the hours of the class's sessions dated on or after the day the
 * enrollment was requested, and of those the hours marked PRESENT or LATE. One query for any
 * number of enrollments, so a list never costs a query per row.
 */
@ApplicationScoped
public class AttendanceLedger {

    @Inject
    EntityManager em;

    public AttendanceSummary summaryOf(UUID enrollmentId) {
        return summariesOf(List.of(enrollmentId)).getOrDefault(enrollmentId, AttendanceSummary.NONE);
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, AttendanceSummary> summariesOf(Collection<UUID> enrollmentIds) {
        Map<UUID, AttendanceSummary> summaries = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return summaries;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select e.id,
                               coalesce(sum(s.hours), 0),
                               coalesce(sum(s.hours) filter (where a.status in ('PRESENT', 'LATE')), 0)
                        from enrollment e
                        left join class_session s on s.class_id = e.class_id and s.session_date >= e.requested_on
                        left join attendance_record a on a.session_id = s.id and a.enrollment_id = e.id
                        where e.id in (:ids)
                        group by e.id""")
                .setParameter("ids", enrollmentIds)
                .getResultList();
        for (Object[] row : rows) {
            summaries.put((UUID) row[0], AttendanceSummary.of(((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue()));
        }
        return summaries;
    }
}
