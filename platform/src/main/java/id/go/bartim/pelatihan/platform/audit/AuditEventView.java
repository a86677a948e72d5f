package id.go.bartim.pelatihan.platform.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An audit line as {@code GET /api/v1/audit-events} and a person's own data show it: {@code eventId} is the
 * {@code ce_id} a consumer applied, {@code changedFields} the names of the fields a correction changed.
 */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor, String action,
                             String resourceType, String resourceId, UUID eventId, List<String> changedFields) {

    static AuditEventView of(AuditEvent e) {
        List<String> changed = e.changedFields == null ? List.of() : Arrays.asList(e.changedFields.split(","));
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.action, e.resourceType, e.resourceId, e.eventId,
                changed);
    }
}
