package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.contract.program.ProgramRetired;
import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Program pelatihan: one entry of disnaker's training catalog, identified by its immutable code. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {

    static final int DEFAULT_MIN_ATTENDANCE = 80;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Program create(ProgramRequest request) {
        Program program = new Program();
        program.code = request.code();
        program.createdAt = BusinessTime.now();
        program.apply(request);
        program.active = request.active() == null || request.active();
        return program;
    }

    /** Takes over every changeable field; the code never changes. */
    void apply(ProgramRequest request) {
        name = request.name().trim();
        sector = request.sector().trim();
        description = request.description();
        trainingHours = request.trainingHours();
        minAttendancePercent = request.minAttendancePercent() == null
                ? DEFAULT_MIN_ATTENDANCE : request.minAttendancePercent();
        competencyUnits = request.competencyUnits() == null
                ? new ArrayList<>() : new ArrayList<>(request.competencyUnits());
        if (request.active() != null) {
            active = request.active();
        }
        updatedAt = BusinessTime.now();
    }

    /** Retires the program: no new classes; returns false when it was already retired. */
    boolean retire() {
        if (!active) {
            return false;
        }
        active = false;
        updatedAt = BusinessTime.now();
        return true;
    }

    ProgramUpserted toUpserted() {
        return new ProgramUpserted(code, name, sector, description, trainingHours, minAttendancePercent,
                List.copyOf(competencyUnits), active, version, updatedAt);
    }

    ProgramRetired toRetired() {
        return new ProgramRetired(code, version, updatedAt, toUpserted());
    }
}
