package id.go.bartim.pelatihan.contract.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/** A pending or accepted enrollment was withdrawn by the rutan (release, transfer, ...). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrollmentWithdrawn(UUID enrollmentId, String reason, LocalDate withdrawnOn) {

    public static final String RELEASED = "RELEASED";
    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String HEALTH = "HEALTH";
    public static final String DISCIPLINE = "DISCIPLINE";
    public static final String OTHER = "OTHER";
}
