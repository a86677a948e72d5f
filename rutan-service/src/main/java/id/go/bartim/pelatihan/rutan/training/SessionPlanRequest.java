package id.go.bartim.pelatihan.rutan.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The body of {@code POST /api/v1/classes/{id}/session-plan}: weekly sessions over a range of days. */
@Schema(name = "SessionPlanRequest", example = """
        {"weekdays": ["MONDAY", "WEDNESDAY"], "startTime": "08:00", "hours": 2, "from": "2026-02-02",
         "until": "2026-03-27", "topic": "Praktik pertukangan kayu"}""")
public record SessionPlanRequest(
        @NotEmpty(message = "must name at least one day")
        @Schema(description = "Days of the week, each at most once")
        List<@NotNull(message = "must not be null") DayOfWeek> weekdays,
        @NotNull(message = "must not be null") @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, format = "HH:mm", example = "08:00")
        LocalTime startTime,
        @NotNull(message = "must not be null")
        @Min(value = 1, message = "must be between 1 and 8") @Max(value = 8, message = "must be between 1 and 8")
        @Schema(description = "Jam pelajaran of each session, 1 to 8")
        Integer hours,
        @NotNull(message = "must not be null") @Schema(description = "First day of the plan, within the class dates")
        LocalDate from,
        @NotNull(message = "must not be null")
        @Schema(description = "Last day of the plan (included), on or after from, within the class dates")
        LocalDate until,
        @Size(max = 200, message = "must be at most 200 characters") String topic) {
}
