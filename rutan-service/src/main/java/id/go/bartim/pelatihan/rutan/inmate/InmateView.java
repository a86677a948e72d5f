package id.go.bartim.pelatihan.rutan.inmate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** One inmate's full record, NIK included: each read of it is audited. */
@Schema(name = "Inmate")
public record InmateView(UUID id, String registrationNumber, RegisterClass registerClass, String fullName,
                         @Schema(description = "Full NIK; shown only in the single record") String nik,
                         LocalDate birthDate, Sex sex, CustodyStatus custodyStatus, LocalDate admissionDate,
                         LocalDate expectedReleaseDate, String cellBlock, EducationLevel educationLevel,
                         InmateStatus status, LocalDate releaseDate, ReleaseReason releaseReason, long version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** One inmate by id, every column {@link #read} maps (the same columns as {@link Inmate}'s). */
    static final String SELECT_BY_ID = "select id, registration_number, register_class, full_name, nik, birth_date,"
            + " sex, custody_status, admission_date, expected_release_date, cell_block, education_level, status,"
            + " release_date, release_reason, version, created_at, updated_at from inmate where id = ?";

    static InmateView of(Inmate i) {
        return new InmateView(i.id, i.registrationNumber, i.registerClass, i.fullName, i.nik, i.birthDate, i.sex,
                i.custodyStatus, i.admissionDate, i.expectedReleaseDate, i.cellBlock, i.educationLevel, i.status,
                i.releaseDate, i.releaseReason, i.version, i.createdAt, i.updatedAt);
    }

    /** A row of {@link #SELECT_BY_ID}, read without Hibernate: the hot path of {@code GET /api/v1/inmates/{id}}. */
    static InmateView read(ResultSet r) throws SQLException {
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
