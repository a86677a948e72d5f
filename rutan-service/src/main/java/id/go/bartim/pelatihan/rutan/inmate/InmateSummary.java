package id.go.bartim.pelatihan.rutan.inmate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An inmate as a list shows it. Lists are not audited per person, so they carry only what finding
 * someone needs, and the NIK masked.
 */
@Schema(name = "InmateSummary")
public record InmateSummary(UUID id, String registrationNumber, RegisterClass registerClass, String fullName,
                            @Schema(description = "Masked: first 4 and last 2 digits", example = "6204**********01")
                            String nik,
                            Sex sex, CustodyStatus custodyStatus, InmateStatus status, LocalDate admissionDate,
                            LocalDate expectedReleaseDate, String cellBlock, long version) {

    public static InmateSummary of(Inmate i) {
        return new InmateSummary(i.id, i.registrationNumber, i.registerClass, i.fullName, Nik.mask(i.nik), i.sex,
                i.custodyStatus, i.status, i.admissionDate, i.expectedReleaseDate, i.cellBlock, i.version);
    }
}
