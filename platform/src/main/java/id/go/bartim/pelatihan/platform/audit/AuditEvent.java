package id.go.bartim.pelatihan.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the audit trail (UU 27/2022): who read or wrote which record, and when. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    /** The {@code ce_id} of the event a consumer applied when it wrote. */
    @Column(name = "event_id")
    public UUID eventId;

    /** A correction's changed fields, comma-separated names (never the values). */
    @Column(name = "changed_fields")
    public String changedFields;
}
