package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus;

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
     * A range runs forward (400 naming {@code until}), OTHER says why (400 naming {@code note}), and only an ACCEPTED
     * enrollment is excused (422 enrollment-not-accepted): attendance records are kept for ACCEPTED enrollments only,
     * as the register's (SPEC 3), so one still PENDING, possibly rejected, gets none.
     */
    public static Optional<Refused> refusalOf(ExcusalRequest request, EnrollmentStatus status) {
        if (request.until().isBefore(request.from())) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "until", "must be on or after from"));
        }
        if (request.reason() == AttendanceReason.OTHER && (request.note() == null || request.note().isBlank())) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "note", "is required when reason is OTHER"));
        }
        if (status != EnrollmentStatus.ACCEPTED) {
            return Optional.of(new Refused(RutanRefusal.ENROLLMENT_NOT_ACCEPTED, "The enrollment is " + status
                    + ": only an ACCEPTED enrollment is excused; nothing was stored"));
        }
        return Optional.empty();
    }

}
