package id.go.bartim.pelatihan.rutan.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An excusal in advance of one enrollment (SPEC 10). */
public record ExcusalView(UUID id, UUID enrollmentId, LocalDate from, LocalDate until, AttendanceReason reason,
                          String note,
                          @Schema(description = "The officer who made it (token subject)") String createdBy,
                          @Schema(description = "When it was made (WIB)") OffsetDateTime createdAt) {
}
