package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    AttendanceStore store;

    public AttendanceSummary summaryOf(UUID enrollmentId) {
        return summariesOf(List.of(enrollmentId)).getOrDefault(enrollmentId, AttendanceSummary.NONE);
    }

    public Map<UUID, AttendanceSummary> summariesOf(Collection<UUID> enrollmentIds) {
        Map<UUID, AttendanceSummary> summaries = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return summaries;
        }
        for (AttendanceStore.Hours hours : store.hoursOf(enrollmentIds)) {
            summaries.put(hours.enrollmentId(), AttendanceSummary.of(hours.held(), hours.attended()));
        }
        return summaries;
    }
}
