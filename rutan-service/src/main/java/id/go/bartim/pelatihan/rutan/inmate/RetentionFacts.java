package id.go.bartim.pelatihan.rutan.inmate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the retention rule ({@link RetentionRules#due}) needs to know of an inmate, as {@link InmateStore} loads it.
 *
 * @param openEnrollments how many of the inmate's enrollments are PENDING or ACCEPTED
 */
public record RetentionFacts(UUID id, InmateStatus status, LocalDate releaseDate, boolean anonymised,
                             int openEnrollments) {
}
