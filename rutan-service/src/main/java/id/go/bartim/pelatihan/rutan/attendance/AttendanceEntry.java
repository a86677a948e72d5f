package id.go.bartim.pelatihan.rutan.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One line of the attendance PUT body: how one trainee attended one session. */
@Schema(name = "AttendanceEntry", example = """
        {"enrollmentId": "9b2e7c1a-4f3d-4e8a-b6c5-1d2e3f4a5b6c", "status": "LATE", "note": "Terlambat 15 menit"}""")
public record AttendanceEntry(
        @NotNull(message = "must not be null") UUID enrollmentId,
        @NotNull(message = "must not be null") AttendanceStatus status,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
