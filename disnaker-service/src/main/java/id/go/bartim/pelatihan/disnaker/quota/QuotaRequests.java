package id.go.bartim.pelatihan.disnaker.quota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the quota PUTs. */
public final class QuotaRequests {

    private QuotaRequests() {
    }

    /** {@code PUT /api/v1/quota/{year}}. */
    @Schema(name = "QuotaTargetRequest", example = "{\"target\": 1000}")
    public record Target(@NotNull(message = "must not be null")
                         @Min(value = 0, message = "must be between 0 and 100000")
                         @Max(value = 100000, message = "must be between 0 and 100000") Integer target) {
    }

    /** {@code PUT /api/v1/quota/{year}/partners/{partnerCode}}. */
    @Schema(name = "PartnerAllocationRequest", example = "{\"allocation\": 150}")
    public record Allocation(@NotNull(message = "must not be null")
                             @Min(value = 0, message = "must be between 0 and 100000")
                             @Max(value = 100000, message = "must be between 0 and 100000") Integer allocation) {
    }
}
