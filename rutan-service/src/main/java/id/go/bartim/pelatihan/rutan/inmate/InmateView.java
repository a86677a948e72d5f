package id.go.bartim.pelatihan.rutan.inmate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One inmate's full record, NIK included: each read of it is audited. A viewer gets the NIK masked and the birth year
 * instead of the birth date ({@link #forViewer}, SPEC 8): with a birth date and sex, a masked NIK leaves only four digits
 * to guess.
 */
@Schema(name = "Inmate")
public record InmateView(UUID id, String registrationNumber, RegisterClass registerClass, String fullName,
                         @Schema(description = "Full NIK for rutan-officer in the single record; masked (first 4 and "
                                 + "last 2 digits) for rutan-viewer", example = "6204011503900001") String nik,
                         @Schema(description = "For rutan-officer (a rutan-viewer gets birthYear); absent when "
                                 + "unknown") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate birthDate,
                         @Schema(description = "Year of birth, for rutan-viewer in place of birthDate (SPEC 8); "
                                 + "absent for rutan-officer and when unknown", example = "1990")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Integer birthYear,
                         Sex sex, CustodyStatus custodyStatus, LocalDate admissionDate,
                         LocalDate expectedReleaseDate, String cellBlock, EducationLevel educationLevel,
                         InmateStatus status, LocalDate releaseDate, ReleaseReason releaseReason, long version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static InmateView of(Inmate i) {
        return new InmateView(i.id, i.registrationNumber, i.registerClass, i.fullName, i.nik, i.birthDate, null, i.sex,
                i.custodyStatus, i.admissionDate, i.expectedReleaseDate, i.cellBlock, i.educationLevel, i.status,
                i.releaseDate, i.releaseReason, i.version, i.createdAt, i.updatedAt);
    }

    /** The record as a rutan-viewer sees it: the NIK masked, the birth year instead of the birth date. */
    InmateView forViewer() {
        return new InmateView(id, registrationNumber, registerClass, fullName, Nik.mask(nik), null,
                birthDate == null ? null : birthDate.getYear(), sex, custodyStatus, admissionDate, expectedReleaseDate,
                cellBlock, educationLevel, status, releaseDate, releaseReason, version, createdAt, updatedAt);
    }
}
