package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The rules of an excusal in advance (SPEC 10), each a function over facts already loaded. An excusal marks only the
 * sessions whose register is still open ({@link AttendanceEditWindow}): a closed register changes only with a
 * correction note, which an excusal does not have.
 */
public final class ExcusalRules {

    private ExcusalRules() {
    }

    /**
     * A range runs forward (400 naming {@code until}), OTHER says why (400 naming {@code note}), and only an
     * enrollment still open, PENDING or ACCEPTED, is excused (422 enrollment-not-open).
     */
    public static Optional<Refused> refusalOf(ExcusalRequest request, EnrollmentStatus status) {
        if (request.until().isBefore(request.from())) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "until", "must be on or after from"));
        }
        if (request.reason() == AttendanceReason.OTHER && (request.note() == null || request.note().isBlank())) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "note", "is required when reason is OTHER"));
        }
        if (!status.holdsSeat()) {
            return Optional.of(new Refused(RutanRefusal.ENROLLMENT_NOT_OPEN, "The enrollment is " + status
                    + ": only a PENDING or ACCEPTED enrollment is excused; nothing was stored"));
        }
        return Optional.empty();
    }

    /** The first session date whose register is still open on {@code today}: an excusal marks none before it. */
    public static LocalDate firstOpenSessionDate(LocalDate today, Period window) {
        return today.minus(window);
    }
}
