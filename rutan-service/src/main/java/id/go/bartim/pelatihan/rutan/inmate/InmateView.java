package id.go.bartim.pelatihan.rutan.inmate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One inmate's full record, NIK included: each read of it is audited. */
@Schema(name = "Inmate")
public record InmateView(UUID id, String registrationNumber, RegisterClass registerClass, String fullName,
                         @Schema(description = "Full NIK; shown only in the single record") String nik,
                         LocalDate birthDate, Sex sex, CustodyStatus custodyStatus, LocalDate admissionDate,
                         LocalDate expectedReleaseDate, String cellBlock, EducationLevel educationLevel,
                         InmateStatus status, LocalDate releaseDate, ReleaseReason releaseReason, long version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static InmateView of(Inmate i) {
        return new InmateView(i.id, i.registrationNumber, i.registerClass, i.fullName, i.nik, i.birthDate, i.sex,
                i.custodyStatus, i.admissionDate, i.expectedReleaseDate, i.cellBlock, i.educationLevel, i.status,
                i.releaseDate, i.releaseReason, i.version, i.createdAt, i.updatedAt);
    }
}
