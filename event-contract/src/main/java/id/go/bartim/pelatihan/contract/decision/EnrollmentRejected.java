package id.go.bartim.pelatihan.contract.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Disnaker refused the enrollment; {@code reason} is one of the constants below. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrollmentRejected(UUID enrollmentId, String reason, OffsetDateTime decidedAt) {

    public static final String QUOTA_EXHAUSTED = "QUOTA_EXHAUSTED";
    public static final String PARTNER_ALLOCATION_EXHAUSTED = "PARTNER_ALLOCATION_EXHAUSTED";
    public static final String PROGRAM_INACTIVE = "PROGRAM_INACTIVE";
    public static final String PROGRAM_UNKNOWN = "PROGRAM_UNKNOWN";
    /** A request disnaker could read but not decide (SPEC 8): a participant field or the class dates break a rule. */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
}
