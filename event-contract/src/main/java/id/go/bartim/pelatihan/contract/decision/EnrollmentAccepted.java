package id.go.bartim.pelatihan.contract.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Disnaker accepted the enrollment and counts the person in that year's quota (kuota). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrollmentAccepted(UUID enrollmentId, int year, OffsetDateTime decidedAt) {
}
