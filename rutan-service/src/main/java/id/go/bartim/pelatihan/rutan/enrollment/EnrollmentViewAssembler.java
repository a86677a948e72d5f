package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceLedger;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles {@link EnrollmentView}s: each enrollment with its attendance from the {@link AttendanceLedger}, one
 * attendance query for a whole page.
 */
@ApplicationScoped
public class EnrollmentViewAssembler {

    @Inject
    AttendanceLedger attendance;

    public EnrollmentView of(Enrollment e) {
        return EnrollmentView.of(e, attendance.summaryOf(e.id));
    }

    PageView<EnrollmentView> page(PanacheQuery<Enrollment> query, PageQuery paging) {
        List<Enrollment> items = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageView<>(all(items), paging.page(), paging.size(), query.count());
    }

    /** Every enrollment of one inmate, newest first. */
    public List<EnrollmentView> ofInmate(UUID inmateId) {
        return all(Enrollment.list("inmateId", Sort.descending("requestedAt").and("id"), inmateId));
    }

    /** The enrollments of the given ids, in no particular order; an unknown id is left out. */
    List<EnrollmentView> ofIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : all(Enrollment.list("id in ?1", ids));
    }

    private List<EnrollmentView> all(List<Enrollment> items) {
        Map<UUID, AttendanceSummary> summaries = attendance.summariesOf(items.stream().map(e -> e.id).toList());
        return items.stream()
                .map(e -> EnrollmentView.of(e, summaries.getOrDefault(e.id, AttendanceSummary.NONE)))
                .toList();
    }
}
