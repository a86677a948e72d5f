package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditedRead;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The hand-written SQL of inmates (docs/persistence.md): a new admission's row, sent with its audit line in one round
 * trip, and one person's full record read with one plain select for the audited {@code GET}. Changes and lists go
 * through the {@link Inmate} entity.
 */
@ApplicationScoped
public class InmateStore {

    /**
     * A new admission's row: no release, version 0, what Hibernate would insert. The all-fields tests (POST, then GET
     * and the database) guard the column list.
     */
    private static final String INSERT = "insert into inmate (id, registration_number, register_class, full_name, nik,"
            + " birth_date, sex, custody_status, admission_date, expected_release_date, cell_block, education_level,"
            + " status, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One inmate by id, every column {@link #view} maps (the same columns as {@link Inmate}'s). */
    private static final String SELECT_BY_ID = "select id, registration_number, register_class, full_name, nik,"
            + " birth_date, sex, custody_status, admission_date, expected_release_date, cell_block, education_level,"
            + " status, release_date, release_reason, version, created_at, updated_at from inmate where id = ?";

    @Inject
    AuditedRead audited;

    /** Adds a new admission's row to the round that sends it with its audit line. */
    void insert(PlainStatements.Round round, Inmate i) {
        round.add(INSERT, i.id, i.registrationNumber, i.registerClass == null ? null : i.registerClass.code(),
                i.fullName, i.nik, i.birthDate, i.sex.name(), i.custodyStatus.name(), i.admissionDate,
                i.expectedReleaseDate, i.cellBlock, i.educationLevel == null ? null : i.educationLevel.name(),
                i.status.name(), i.version, i.createdAt, i.updatedAt);
    }

    /**
     * One person's full record, returned once the line of its read by the caller (SPEC 7) is committed
     * ({@link AuditedRead}); empty, and no line, when there is no such inmate.
     */
    Optional<InmateView> readAudited(UUID id) {
        return audited.one(RutanAudit.INMATE, SELECT_BY_ID, id, InmateStore::view);
    }

    private static InmateView view(ResultSet r) throws SQLException {
        String registerClass = r.getString("register_class");
        return new InmateView(r.getObject("id", UUID.class), r.getString("registration_number"),
                registerClass == null ? null : RegisterClass.ofCode(registerClass), r.getString("full_name"),
                r.getString("nik"), r.getObject("birth_date", LocalDate.class), Sex.valueOf(r.getString("sex")),
                CustodyStatus.valueOf(r.getString("custody_status")), r.getObject("admission_date", LocalDate.class),
                r.getObject("expected_release_date", LocalDate.class), r.getString("cell_block"),
                orNull(EducationLevel.class, r.getString("education_level")),
                InmateStatus.valueOf(r.getString("status")), r.getObject("release_date", LocalDate.class),
                orNull(ReleaseReason.class, r.getString("release_reason")), r.getLong("version"),
                inWib(r.getObject("created_at", OffsetDateTime.class)),
                inWib(r.getObject("updated_at", OffsetDateTime.class)));
    }

    private static <E extends Enum<E>> E orNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static OffsetDateTime inWib(OffsetDateTime t) {
        return t.atZoneSameInstant(WIB).toOffsetDateTime();
    }
}
