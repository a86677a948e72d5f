package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of SPEC 3 about enrollments, each a function over facts already loaded: it answers with the refusal, or
 * with nothing when the rule lets the change through. The callers throw the refusal; the database's constraints (one
 * place per class, seats within capacity, the statuses a row can move between) are the backstop under concurrency.
 */
public final class EnrollmentRules {

    private EnrollmentRules() {
    }

    /**
     * A request to enroll, judged in the order SPEC 3 lists its refusals: the inmate is not ACTIVE (409), already
     * enrolled in the class (409), the class is full counting PENDING and ACCEPTED (422), the class has ended (422),
     * the inmate is expected out before the class ends (422).
     */
    public static Optional<Refused> refusalOfRequest(RequestFacts facts, LocalDate today) {
        if (facts.status() != InmateStatus.ACTIVE) {
            return refused(RutanRefusal.INMATE_NOT_ACTIVE, "Inmate " + facts.inmateId() + " is " + facts.status());
        }
        if (facts.alreadyEnrolled()) {
            return Optional.of(alreadyEnrolled());
        }
        if (facts.seatsTaken() >= facts.capacity()) {
            return Optional.of(classFull(facts.capacity()));
        }
        if (facts.endDate().isBefore(today)) {
            return refused(RutanRefusal.CLASS_ENDED, "The class ended on " + facts.endDate());
        }
        if (facts.expectedReleaseDate() != null && facts.expectedReleaseDate().isBefore(facts.endDate())) {
            return refused(RutanRefusal.RELEASE_BEFORE_CLASS_END,
                    "The inmate's expected release date is before the class ends on " + facts.endDate());
        }
        return Optional.empty();
    }

    /**
     * A completion (SPEC 3): only from ACCEPTED, and COMPETENT only when the attendance rate reaches the program's
     * minimum.
     */
    public static Optional<Refused> refusalOfCompletion(UUID enrollmentId, EnrollmentStatus status, Outcome outcome,
                                                        BigDecimal rate, int minAttendancePercent) {
        Optional<Refused> transition = refusalOfTransition(enrollmentId, status, outcome.status());
        if (transition.isPresent()) {
            return transition;
        }
        if (outcome == Outcome.COMPETENT && rate.compareTo(BigDecimal.valueOf(minAttendancePercent)) < 0) {
            return refused(RutanRefusal.ATTENDANCE_BELOW_MINIMUM, "Attendance rate " + rate
                    + "% is below the program's minimum of " + minAttendancePercent + "%");
        }
        return Optional.empty();
    }

    /** Any change of status SPEC 3 does not list is refused with 409 ({@link EnrollmentStatus#canBecome}). */
    public static Optional<Refused> refusalOfTransition(UUID enrollmentId, EnrollmentStatus from, EnrollmentStatus to) {
        if (from.canBecome(to)) {
            return Optional.empty();
        }
        return refused(RutanRefusal.TRANSITION_NOT_ALLOWED,
                "Enrollment " + enrollmentId + " is " + from + " and cannot become " + to);
    }

    /** The inmate holds a place in the class: from the rule or, after a race, from the one-per-class index. */
    public static Refused alreadyEnrolled() {
        return new Refused(RutanRefusal.ALREADY_ENROLLED, "The inmate is already enrolled in this class");
    }

    /** Every seat is taken: from the rule or, after a race, from the seat update that found none free. */
    static Refused classFull(int capacity) {
        return new Refused(RutanRefusal.CLASS_FULL,
                "All " + capacity + " seats of the class are taken by pending or accepted enrollments");
    }

    private static Optional<Refused> refused(RutanRefusal refusal, String detail) {
        return Optional.of(new Refused(refusal, detail));
    }
}
