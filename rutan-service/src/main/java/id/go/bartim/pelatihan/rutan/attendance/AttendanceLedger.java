package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes attendance (SPEC 3, 10): loads the hours of each enrollment's sessions by their facts and lets
 * {@link AttendanceSummary#of} decide what counts. One query for any number of enrollments, so a list never costs a
 * query per row.
 */
@ApplicationScoped
public class AttendanceLedger {

    @Inject
    AttendanceStore store;

    @Inject
    Clock clock;

    public AttendanceSummary summaryOf(UUID enrollmentId) {
        return summariesOf(List.of(enrollmentId)).getOrDefault(enrollmentId, AttendanceSummary.NONE);
    }

    public Map<UUID, AttendanceSummary> summariesOf(Collection<UUID> enrollmentIds) {
        Map<UUID, AttendanceSummary> summaries = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return summaries;
        }
        Map<UUID, List<SessionHours>> hours = new HashMap<>();
        Map<UUID, Integer> minimum = new HashMap<>();
        for (AttendanceStore.Hours h : store.hoursOf(enrollmentIds, LocalDate.now(clock))) {
            hours.computeIfAbsent(h.enrollmentId(), id -> new ArrayList<>()).add(h.hours());
            minimum.put(h.enrollmentId(), h.minAttendancePercent());
        }
        hours.forEach((id, sessions) -> summaries.put(id, AttendanceSummary.of(sessions, minimum.get(id))));
        return summaries;
    }
}
