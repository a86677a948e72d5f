package id.go.bartim.pelatihan.rutan.enrollment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Daftar tunggu: an inmate in line for a seat of a class (SPEC 10). Added and removed through this entity; settled
 * (ENROLLED or SKIPPED) by {@link WaitingListStore} when a seat frees.
 */
@Entity
@Table(name = "waiting_list_entry")
public class WaitingListEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "class_id", nullable = false)
    public UUID classId;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WaitingStatus status;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    /** The code of the rule that refused the inmate when their turn came (SKIPPED only). */
    @Column(name = "skip_reason")
    public String skipReason;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    static WaitingListEntry waiting(UUID classId, UUID inmateId, int position, OffsetDateTime now) {
        WaitingListEntry w = new WaitingListEntry();
        w.id = UUID.randomUUID();
        w.classId = classId;
        w.inmateId = inmateId;
        w.position = position;
        w.status = WaitingStatus.WAITING;
        w.addedAt = now;
        return w;
    }
}
