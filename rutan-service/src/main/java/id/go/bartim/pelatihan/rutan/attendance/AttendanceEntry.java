package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One line of the attendance PUT body: how one trainee attended one session. */
@Schema(name = "AttendanceEntry", example = """
        {"enrollmentId": "9b2e7c1a-4f3d-4e8a-b6c5-1d2e3f4a5b6c", "status": "EXCUSED", "reason": "COURT_HEARING",
         "note": "Sidang di PN Tamiang Layang"}""")
public record AttendanceEntry(
        @NotNull(message = "must not be null") UUID enrollmentId,
        @NotNull(message = "must not be null") AttendanceStatus status,
        @Schema(description = "Only with EXCUSED or ABSENT (else 400 naming [i].reason), and optional there: "
                + "clients that send none keep working. OTHER needs a note.")
        AttendanceReason reason,
        @Size(max = 500, message = "must be at most 500 characters") String note,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(description = "Why a record is changed, or first recorded, after the edit window "
                + "(APP_ATTENDANCE_EDIT_WINDOW after the session date); required then, else 422 attendance-locked. "
                + "Kept in the record's history.")
        String correctionNote) {

    /** An entry without reason or correction note, as clients before SPEC 10 send it. */
    public AttendanceEntry(UUID enrollmentId, AttendanceStatus status, String note) {
        this(enrollmentId, status, null, note, null);
    }
}
