package id.go.bartim.pelatihan.platform.audit;

import java.time.OffsetDateTime;

/** An audit line as {@code GET /api/v1/audit-events} shows it. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor, String action,
                             String resourceType, String resourceId) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.action, e.resourceType, e.resourceId);
    }
}
