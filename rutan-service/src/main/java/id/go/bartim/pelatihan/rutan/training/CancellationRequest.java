package id.go.bartim.pelatihan.rutan.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/classes/{classId}/sessions/{sessionId}/cancellation}. */
@Schema(name = "CancellationRequest", example = """
        {"reason": "OTHER", "note": "Pemadaman listrik di bengkel kerja"}""")
public record CancellationRequest(
        @NotNull(message = "must not be null") CancellationReason reason,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(description = "Required when reason is OTHER; about the session, never naming a person")
        String note) {
}
