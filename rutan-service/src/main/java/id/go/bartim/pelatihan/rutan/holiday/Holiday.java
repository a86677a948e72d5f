package id.go.bartim.pelatihan.rutan.holiday;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Hari libur: a national holiday or cuti bersama, a day on which no session is planned (SPEC 10). */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {

    @Id
    @Column(name = "holiday_date")
    public LocalDate date;

    @Column(nullable = false)
    public String name;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Renames the holiday; the version moves only when the name does. */
    public void rename(String newName, OffsetDateTime at) {
        if (!name.equals(newName)) {
            name = newName;
            updatedAt = at;
        }
    }
}
