package id.go.bartim.pelatihan.rutan.inmate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired synchronously, inside the release's transaction, before the release is saved: observers
 * (the enrollments) act in the same transaction, so a failure in them refuses the whole release.
 * {@code reason} is {@code RELEASED} or {@code TRANSFERRED}.
 */
public record InmateReleased(UUID inmateId, String reason, LocalDate releaseDate) {
}
