package id.go.bartim.pelatihan.rutan.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of a session's attendance history (SPEC 10): one change of one record, who made it and when. */
public record AttendanceChangeView(
        UUID sessionId, UUID enrollmentId,
        @Schema(description = "When the change was made (WIB)") OffsetDateTime changedAt,
        @Schema(description = "Who made it: the token subject of the officer") String changedBy,
        @Schema(description = "The record before; null for a first recording") State from,
        @Schema(description = "The record after; null when the record was removed (an excusal taken back)") State to,
        @Schema(description = "Why the record was changed after the edit window") String correctionNote,
        @Schema(description = "The excusal that made the change, if one did") UUID excusalId) {

    /** What a record held: status, reason and note. */
    public record State(AttendanceStatus status, AttendanceReason reason, String note) {
    }
}
