package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of an excusal in advance (SPEC 10), on requests and enrollment statuses given as facts. */
class ExcusalRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void an_accepted_enrollment_is_excused_for_a_day_or_a_range() {
        assertEquals(Optional.empty(), ExcusalRules.refusalOf(request(MONDAY, MONDAY, AttendanceReason.MEDICAL,
                null), EnrollmentStatus.ACCEPTED));
        assertEquals(Optional.empty(), ExcusalRules.refusalOf(request(MONDAY, MONDAY.plusDays(4),
                AttendanceReason.OTHER, "Pemeriksaan penyidik"), EnrollmentStatus.ACCEPTED));
    }

    @Test
    void a_range_ending_before_it_starts_is_refused_with_400_naming_until() {
        ProblemException problem = problemOf(ExcusalRules.refusalOf(request(MONDAY, MONDAY.minusDays(1),
                AttendanceReason.FAMILY_VISIT, null), EnrollmentStatus.ACCEPTED));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("until", "must be on or after from")), problem.toProblem().errors());
    }

    @Test
    void other_without_a_note_is_refused_with_400_naming_the_note() {
        for (String note : new String[] {null, "", "   "}) {
            ProblemException problem = problemOf(ExcusalRules.refusalOf(request(MONDAY, MONDAY,
                    AttendanceReason.OTHER, note), EnrollmentStatus.ACCEPTED));
            assertEquals(List.of(new FieldError("note", "is required when reason is OTHER")),
                    problem.toProblem().errors());
        }
    }

    @Test
    void an_enrollment_not_accepted_is_refused_with_422_enrollment_not_accepted() {
        // PENDING too: records are kept for ACCEPTED enrollments only, and a pending one may yet be rejected
        for (EnrollmentStatus closed : List.of(EnrollmentStatus.PENDING, EnrollmentStatus.REJECTED,
                EnrollmentStatus.WITHDRAWN,
                EnrollmentStatus.COMPLETED, EnrollmentStatus.NOT_COMPETENT)) {
            ProblemException problem = problemOf(ExcusalRules.refusalOf(request(MONDAY, MONDAY,
                    AttendanceReason.WORK_DUTY, null), closed));
            assertEquals(422, problem.status());
            assertEquals("enrollment-not-accepted", problem.code());
        }
    }

    private static ExcusalRequest request(LocalDate from, LocalDate until, AttendanceReason reason, String note) {
        return new ExcusalRequest(from, until, reason, note);
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }
}
