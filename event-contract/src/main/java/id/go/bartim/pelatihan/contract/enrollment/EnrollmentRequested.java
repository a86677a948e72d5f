package id.go.bartim.pelatihan.contract.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The rutan asks disnaker to accept an inmate (WBP) as a participant (peserta) of a class.
 * This is the only personal data that leaves the rutan (SPEC section 7): nothing may be added
 * about the inmate's custody, case, cell block or release.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrollmentRequested(
        UUID enrollmentId,
        UUID classId,
        String programCode,
        LocalDate classStartDate,
        LocalDate classEndDate,
        String partnerCode,
        Participant participant) {

    /** Peserta: the minimal identity of the inmate; {@code partnerRef} is the rutan's inmate id. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Participant(
            String partnerRef,
            String fullName,
            String nik,
            LocalDate birthDate,
            String sex,
            String educationLevel) {
    }
}
