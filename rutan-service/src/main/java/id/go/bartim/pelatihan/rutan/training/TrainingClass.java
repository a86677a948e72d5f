package id.go.bartim.pelatihan.rutan.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Kelas pelatihan: a training class of one program, held inside the rutan. */
@Entity
@Table(name = "training_class")
public class TrainingClass extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public int capacity;

    /** PENDING + ACCEPTED enrollments; changed only by {@link TrainingClassStore}, never through this entity. */
    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    public int seatsTaken;

    public String location;

    @Column(name = "instructor_name")
    public String instructorName;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
