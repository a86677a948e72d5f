package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of SPEC 3 about an inmate's stay, each a function over facts already loaded: it answers with the refusal,
 * or with nothing when the rule lets the change through. The rules between the fields of a record are
 * {@link InmateRequest#crossFieldViolations} and {@link Nik#violations}.
 */
public final class InmateRules {

    private InmateRules() {
    }

    /**
     * A release or transfer: only of an ACTIVE inmate (409 inmate-not-active), on a day not in the future and not
     * before the admission (400 on releaseDate).
     */
    public static Optional<Refused> refusalOfRelease(UUID inmateId, InmateStatus status, LocalDate admissionDate,
                                                     LocalDate releaseDate, LocalDate today) {
        if (status != InmateStatus.ACTIVE) {
            return Optional.of(new Refused(RutanRefusal.INMATE_NOT_ACTIVE,
                    "Inmate " + inmateId + " is " + status + "; only an ACTIVE inmate can be released"));
        }
        if (releaseDate.isAfter(today)) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "releaseDate", "must not be in the future"));
        }
        if (releaseDate.isBefore(admissionDate)) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "releaseDate",
                    "must not be before admissionDate " + admissionDate));
        }
        return Optional.empty();
    }

    /**
     * A correction: not of an inmate retention anonymised (409 inmate-anonymised); the identity is gone and does not
     * come back.
     */
    public static Optional<Refused> refusalOfChange(UUID inmateId, OffsetDateTime anonymisedAt) {
        if (anonymisedAt != null) {
            return Optional.of(new Refused(RutanRefusal.INMATE_ANONYMISED,
                    "Inmate " + inmateId + " was anonymised by retention; the record cannot be changed"));
        }
        return Optional.empty();
    }
}
