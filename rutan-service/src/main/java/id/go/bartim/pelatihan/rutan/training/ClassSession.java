package id.go.bartim.pelatihan.rutan.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Sesi: one meeting of a class, counted in jam pelajaran (1 to 8 hours). */
@Entity
@Table(name = "class_session")
public class ClassSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "class_id", nullable = false)
    public UUID classId;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(nullable = false)
    public int hours;

    public String topic;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    public CancellationReason cancellationReason;

    @Column(name = "cancellation_note")
    public String cancellationNote;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Cancels the session, if {@link ClassRules#refusalOfCancellation} let it; a blank note is no note. */
    void cancel(CancellationReason reason, String note, String by, OffsetDateTime at) {
        cancellationReason = reason;
        cancellationNote = note == null || note.isBlank() ? null : note.strip();
        cancelledBy = by;
        cancelledAt = at;
    }

    /** Restores a cancelled session: it is planned (or held, with the records it kept) again. */
    void restore() {
        cancellationReason = null;
        cancellationNote = null;
        cancelledBy = null;
        cancelledAt = null;
    }
}
