package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.contract.program.ProgramCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of POST (code required) and PUT (code optional, must equal the path) on programs. */
@Schema(name = "ProgramRequest", example = """
        {"code": "PTK-01", "name": "Pertukangan Kayu", "sector": "Konstruksi",
         "description": "Dasar pertukangan kayu: membuat kusen, pintu dan mebel sederhana",
         "trainingHours": 160, "minAttendancePercent": 80,
         "competencyUnits": ["F.45KKK00.001.1"], "active": true}""")
public record ProgramRequest(
        @Pattern(regexp = ProgramCode.PATTERN, message = "must look like PTK-01 (2-6 capitals, dash, 2-4 digits)")
        @Schema(description = "Immutable code, e.g. PTK-01", pattern = ProgramCode.PATTERN)
        String code,

        @NotBlank(message = "must not be blank")
        @Size(min = 3, max = 120, message = "must be 3 to 120 characters")
        String name,

        @NotBlank(message = "must not be blank")
        @Size(min = 2, max = 60, message = "must be 2 to 60 characters")
        @Schema(example = "Konstruksi")
        String sector,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @NotNull(message = "must not be null")
        @Min(value = 8, message = "must be between 8 and 1000")
        @Max(value = 1000, message = "must be between 8 and 1000")
        @Schema(description = "Jam pelajaran, 8 to 1000")
        Integer trainingHours,

        @Min(value = 50, message = "must be between 50 and 100")
        @Max(value = 100, message = "must be between 50 and 100")
        @Schema(description = "Minimum attendance rate for a COMPETENT completion; default 80")
        Integer minAttendancePercent,

        @Size(max = 50, message = "must have at most 50 units")
        @Schema(description = "SKKNI unit codes")
        List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String>
                competencyUnits,

        @Schema(description = "Default true on create; on update, absent keeps the current value")
        Boolean active) {
}
