package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/enrollments/{id}/excusals}: excused in advance (SPEC 10). */
@Schema(name = "ExcusalRequest", example = """
        {"from": "2026-03-09", "until": "2026-03-13", "reason": "COURT_HEARING",
         "note": "Sidang lanjutan di PN Tamiang Layang"}""")
public record ExcusalRequest(
        @NotNull(message = "must not be null") @Schema(description = "First day excused") LocalDate from,
        @NotNull(message = "must not be null") @Schema(description = "Last day excused, on or after from")
        LocalDate until,
        @NotNull(message = "must not be null") AttendanceReason reason,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(description = "Required when reason is OTHER; copied into the records the excusal makes")
        String note) {
}
