package id.go.bartim.pelatihan.rutan.inmate;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of POST /api/v1/inmates/{id}/release. */
@Schema(name = "ReleaseRequest", example = """
        {"releaseDate": "2026-11-20", "reason": "RELEASED"}""")
public record ReleaseRequest(
        @NotNull(message = "must not be null")
        @Schema(description = "Not before admissionDate, not in the future (Asia/Jakarta)")
        LocalDate releaseDate,

        @NotNull(message = "must not be null")
        @Schema(description = "RELEASED (bebas) or TRANSFERRED (dipindahkan)")
        ReleaseReason reason) {
}
