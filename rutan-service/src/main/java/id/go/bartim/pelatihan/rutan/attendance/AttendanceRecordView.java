package id.go.bartim.pelatihan.rutan.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A stored attendance record of a session: what was recorded, and who recorded it last and when. */
public record AttendanceRecordView(UUID sessionId, UUID enrollmentId, AttendanceStatus status,
                                   @Schema(description = "Only with EXCUSED or ABSENT; may be absent there too")
                                   AttendanceReason reason,
                                   String note,
                                   @Schema(description = "When the record was last changed (WIB)")
                                   OffsetDateTime recordedAt,
                                   @Schema(description = "Who changed it last: the token subject of the officer")
                                   String recordedBy,
                                   @Schema(description = "The excusal that made the record, if one did and nobody "
                                           + "changed it by hand since")
                                   UUID excusalId) {

    /** Whether {@code entry} would leave this record as it is: same status, reason and note. */
    public boolean sameAs(AttendanceEntry entry) {
        return status == entry.status() && reason == entry.reason()
                && Objects.equals(note, AttendanceRules.noteOf(entry));
    }
}
