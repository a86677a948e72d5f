package id.go.bartim.pelatihan.rutan.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored attendance record of a session. */
public record AttendanceRecordView(UUID sessionId, UUID enrollmentId, AttendanceStatus status, String note,
                                   OffsetDateTime recordedAt, String recordedBy) {
}
