package id.go.bartim.pelatihan.platform.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reading the audit trail back: the lines about one person's records, for their own data (SPEC 9). */
@ApplicationScoped
public class AuditTrail {

    /**
     * The lines about the given records, oldest first: for each resource type, the ids of that type that belong to
     * the person (their own record, their enrollments, the sessions they attended...).
     */
    @Transactional
    public List<AuditEventView> about(Map<String, ? extends Collection<?>> idsByType) {
        List<AuditEventView> lines = new ArrayList<>();
        idsByType.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                List<String> keys = ids.stream().map(Object::toString).distinct().toList();
                AuditEvent.<AuditEvent>find("resourceType = ?1 and resourceId in ?2", Sort.ascending("id"), type, keys)
                        .stream().map(AuditEventView::of).forEach(lines::add);
            }
        });
        lines.sort(Comparator.comparingLong(AuditEventView::id));
        return lines;
    }
}
