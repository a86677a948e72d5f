package id.go.bartim.pelatihan.disnaker.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One participant's record as received from the partner; each read of it is audited (SPEC 7). A viewer gets the NIK
 * masked and the birth year instead of the birth date (SPEC 8): with a birth date and sex, a masked NIK leaves only four
 * digits to guess.
 */
@Schema(name = "Participant")
public record ParticipantView(
        UUID id,
        String fullName,
        @Schema(description = "Full NIK for disnaker-officer; masked (first 4 and last 2 digits) for "
                + "disnaker-viewer; null when the partner sent none", example = "6204011503900001")
        String nik,
        @Schema(description = "For disnaker-officer only (a disnaker-viewer gets birthYear); absent when unknown")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate birthDate,
        @Schema(description = "Year of birth, for disnaker-viewer in place of birthDate (SPEC 8); absent for "
                + "disnaker-officer and when unknown", example = "1990")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer birthYear,
        @Schema(enumeration = {"MALE", "FEMALE"}) String sex,
        @Schema(enumeration = {"NONE", "SD", "SMP", "SMA", "D3", "S1", "S2"}) String educationLevel,
        @Schema(example = "RUTAN-TML") String partnerCode,
        @Schema(description = "The partner's own id of the person (the rutan's inmate id)") String partnerRef,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The record as {@code officer} or a viewer may see it: the full NIK and birth date, or neither. */
    public static ParticipantView of(Participant p, boolean officer) {
        Integer birthYear = p.birthDate == null ? null : p.birthDate.getYear();
        return new ParticipantView(p.id, p.fullName, officer ? p.nik : p.maskedNik(), officer ? p.birthDate : null,
                officer ? null : birthYear, p.sex, p.educationLevel, p.partnerCode, p.partnerRef, p.createdAt,
                p.updatedAt);
    }

    /**
     * A participant as a list shows it. Lists are not audited per person, so they carry only what
     * finding someone needs, and the NIK masked.
     */
    @Schema(name = "ParticipantSummary")
    public record ParticipantSummary(
            UUID id,
            String fullName,
            @Schema(description = "Masked: first 4 and last 2 digits", example = "6204**********12") String nik,
            @Schema(example = "RUTAN-TML") String partnerCode,
            String partnerRef) {

        static ParticipantSummary of(Participant p) {
            return new ParticipantSummary(p.id, p.fullName, p.maskedNik(), p.partnerCode, p.partnerRef);
        }
    }
}
