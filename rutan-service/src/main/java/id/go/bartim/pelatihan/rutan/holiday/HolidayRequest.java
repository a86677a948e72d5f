package id.go.bartim.pelatihan.rutan.holiday;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/holidays/{date}}. */
@Schema(name = "HolidayRequest", example = """
        {"name": "Hari Kemerdekaan Republik Indonesia"}""")
public record HolidayRequest(
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "1 to 100 characters", maxLength = 100)
        String name) {
}
