package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of POST on inmates, and the whole record a PATCH must leave behind. Field rules are
 * annotations; the rules between fields live in {@link #crossFieldViolations} and run with them.
 */
@ValidInmate
@Schema(name = "InmateRequest", example = """
        {"registrationNumber": "AI.2026.0123", "registerClass": "A.I", "fullName": "Budi Santoso",
         "nik": "6204011503900001", "birthDate": "1990-03-15", "sex": "MALE", "custodyStatus": "DETAINEE",
         "admissionDate": "2026-01-12", "expectedReleaseDate": "2026-12-20", "cellBlock": "Blok B-3",
         "educationLevel": "SMP"}""")
public record InmateRequest(
        @NotBlank(message = "must not be blank")
        @Size(min = 3, max = 40, message = "must be 3 to 40 characters")
        @Schema(description = "Nomor register; unique, and changes when a detainee is convicted")
        String registrationNumber,

        @Schema(description = "Golongan register; A.* for DETAINEE, B.* for CONVICT")
        RegisterClass registerClass,

        @NotBlank(message = "must not be blank")
        @Size(max = 150, message = "must be at most 150 characters")
        String fullName,

        @Pattern(regexp = "^[0-9]{16}$", message = "must be exactly 16 digits")
        @Schema(description = "Optional NIK; must agree with birthDate and sex", pattern = "^[0-9]{16}$")
        String nik,

        @NotNull(message = "must not be null")
        @Schema(description = "In the past")
        LocalDate birthDate,

        @NotNull(message = "must not be null")
        Sex sex,

        @NotNull(message = "must not be null")
        @Schema(description = "DETAINEE (tahanan) or CONVICT (narapidana)")
        CustodyStatus custodyStatus,

        @NotNull(message = "must not be null")
        @Schema(description = "Not in the future (Asia/Jakarta)")
        LocalDate admissionDate,

        @Schema(description = "Optional; not before admissionDate")
        LocalDate expectedReleaseDate,

        @Size(max = 40, message = "must be at most 40 characters")
        @Schema(description = "Optional cell block, e.g. Blok B-3")
        String cellBlock,

        EducationLevel educationLevel) {

    /** Surrounding spaces are typing noise; a blank optional field means "none". */
    public InmateRequest {
        registrationNumber = registrationNumber == null ? null : registrationNumber.strip();
        fullName = fullName == null ? null : fullName.strip();
        nik = blankToNull(nik);
        cellBlock = blankToNull(cellBlock);
    }

    static InmateRequest of(Inmate inmate) {
        return new InmateRequest(inmate.registrationNumber, inmate.registerClass, inmate.fullName, inmate.nik,
                inmate.birthDate, inmate.sex, inmate.custodyStatus, inmate.admissionDate,
                inmate.expectedReleaseDate, inmate.cellBlock, inmate.educationLevel);
    }

    /**
     * The names of the fields in which {@code corrected} differs from this, in declaration order: what a correction's
     * audit line lists (never the values, SPEC 9).
     */
    List<String> changedFields(InmateRequest corrected) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent field : InmateRequest.class.getRecordComponents()) {
            try {
                if (!Objects.equals(field.getAccessor().invoke(this), field.getAccessor().invoke(corrected))) {
                    changed.add(field.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /** The SPEC's rules that relate two fields, or a field to today's date in Asia/Jakarta. */
    List<FieldError> crossFieldViolations(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (birthDate != null && !birthDate.isBefore(today)) {
            errors.add(new FieldError("birthDate", "must be a date in the past"));
        }
        if (admissionDate != null && admissionDate.isAfter(today)) {
            errors.add(new FieldError("admissionDate", "must not be in the future"));
        }
        if (expectedReleaseDate != null && admissionDate != null && expectedReleaseDate.isBefore(admissionDate)) {
            errors.add(new FieldError("expectedReleaseDate", "must not be before admissionDate"));
        }
        if (registerClass != null && custodyStatus != null && registerClass.custody() != custodyStatus) {
            errors.add(new FieldError("registerClass", "register " + registerClass + " is for "
                    + registerClass.custody() + ", not " + custodyStatus));
        }
        if (nik != null && nik.matches("[0-9]{16}")) {
            errors.addAll(Nik.violations(nik, birthDate, sex));
        }
        return errors;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
