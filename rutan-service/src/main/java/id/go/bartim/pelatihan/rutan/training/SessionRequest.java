package id.go.bartim.pelatihan.rutan.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;

/** The body of {@code POST /api/v1/classes/{id}/sessions}. */
@Schema(name = "SessionRequest", example = """
        {"date": "2026-02-03", "startTime": "08:30", "hours": 4, "topic": "Mengenal alat dan bahan kayu"}""")
public record SessionRequest(
        @NotNull(message = "must not be null") LocalDate date,
        @NotNull(message = "must not be null") @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, format = "HH:mm", example = "08:30")
        LocalTime startTime,
        @NotNull(message = "must not be null")
        @Min(value = 1, message = "must be between 1 and 8") @Max(value = 8, message = "must be between 1 and 8")
        @Schema(description = "Jam pelajaran, 1 to 8")
        Integer hours,
        @Size(max = 200, message = "must be at most 200 characters") String topic) {
}
