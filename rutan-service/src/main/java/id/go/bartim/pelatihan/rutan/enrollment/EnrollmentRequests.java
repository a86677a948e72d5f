package id.go.bartim.pelatihan.rutan.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request bodies of the enrollment operations. */
public final class EnrollmentRequests {

    private EnrollmentRequests() {
    }

    /** {@code POST /api/v1/classes/{classId}/enrollments}. */
    @Schema(name = "EnrollmentRequest", example = "{\"inmateId\": \"3f9c2a4e-8d1b-4c5e-9a7f-2b6d8e1c0f45\"}")
    public record Enroll(@NotNull(message = "must not be null") UUID inmateId) {
    }

    /** {@code POST /api/v1/classes/{classId}/enrollment-batches}: 1 to 500 inmates, judged in this order. */
    @Schema(name = "EnrollmentBatchRequest", example = """
            {"inmateIds": ["3f9c2a4e-8d1b-4c5e-9a7f-2b6d8e1c0f45", "9b2e7c1a-4f3d-4e8a-b6c5-0d1f2e3a4b5c"]}""")
    public record EnrollBatch(@NotNull(message = "must not be null")
                              @Size(min = 1, max = 500, message = "must hold 1 to 500 inmate ids")
                              List<@NotNull(message = "must not be null") UUID> inmateIds) {
    }

    /** {@code POST /api/v1/enrollments/{id}/withdrawal}. */
    @Schema(name = "WithdrawalRequest", example = "{\"reason\": \"HEALTH\", \"note\": \"Dirawat di klinik\"}")
    public record Withdraw(@NotNull(message = "must not be null") WithdrawalReason reason,
                           @Size(max = 500, message = "must be at most 500 characters") String note) {
    }

    /** {@code POST /api/v1/enrollments/{id}/completion}. */
    @Schema(name = "CompletionRequest", example = """
            {"outcome": "COMPETENT", "assessedOn": "2026-04-24", "assessorName": "Hendra Gunawan"}""")
    public record Complete(@NotNull(message = "must not be null") Outcome outcome,
                           @NotNull(message = "must not be null") LocalDate assessedOn,
                           @NotBlank(message = "must not be blank")
                           @Size(max = 150, message = "must be at most 150 characters") String assessorName) {
    }
}
