package id.go.bartim.pelatihan.rutan.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rutan's read-only copy of one program of disnaker's catalog, fed only by events. Classes are
 * checked against it and completions read {@code minAttendancePercent} from it.
 */
@Entity
@Table(name = "program_replica")
public class ProgramReplica extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sector;

    public String description;

    @Column(name = "training_hours", nullable = false)
    public int trainingHours;

    @Column(name = "min_attendance_percent", nullable = false)
    public int minAttendancePercent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "competency_units", nullable = false)
    public List<String> competencyUnits = new ArrayList<>();

    @Column(nullable = false)
    public boolean active;

    /** The catalog's version of this program; older or equal versions arriving later are ignored. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "source_updated_at", nullable = false)
    public OffsetDateTime sourceUpdatedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Usable for a new class: known and not retired. */
    public boolean isAvailable() {
        return active;
    }
}
