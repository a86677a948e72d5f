package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of SPEC 10 about cancelling a session, restoring it and recording attendance on it. */
class SessionCancellationRulesTest {

    @Test
    void a_planned_session_is_cancelled_for_any_reason_and_for_other_with_a_note() {
        for (CancellationReason reason : CancellationReason.values()) {
            assertEquals(Optional.empty(), ClassRules.refusalOfCancellation(planned(), reason, "Listrik padam"));
        }
        assertEquals(Optional.empty(), ClassRules.refusalOfCancellation(planned(), CancellationReason.SECURITY, null));
    }

    @Test
    void other_without_a_note_is_refused_with_400_naming_note() {
        for (String note : new String[] {null, "", "   "}) {
            ProblemException problem = problemOf(
                    ClassRules.refusalOfCancellation(planned(), CancellationReason.OTHER, note));

            assertEquals(400, problem.status());
            assertEquals(List.of(new FieldError("note", "is required when reason is OTHER")),
                    problem.toProblem().errors());
        }
    }

    @Test
    void a_cancelled_session_is_not_cancelled_again_409_session_cancelled() {
        ProblemException problem = problemOf(
                ClassRules.refusalOfCancellation(cancelled(), CancellationReason.FACILITY, null));

        assertEquals(409, problem.status());
        assertEquals("session-cancelled", problem.code());
    }

    @Test
    void only_a_cancelled_session_is_restored_else_409_session_not_cancelled() {
        assertEquals(Optional.empty(), ClassRules.refusalOfRestore(cancelled()));
        ProblemException problem = problemOf(ClassRules.refusalOfRestore(planned()));

        assertEquals(409, problem.status());
        assertEquals("session-not-cancelled", problem.code());
    }

    @Test
    void a_cancelled_session_takes_no_attendance_409_session_cancelled() {
        assertEquals(Optional.empty(), ClassRules.refusalOfAttendance(planned()));
        ProblemException problem = problemOf(ClassRules.refusalOfAttendance(cancelled()));

        assertEquals(409, problem.status());
        assertEquals("session-cancelled", problem.code());
        assertEquals(problem.code(), new RutanProblems().problemFor(
                new RutanProblems().forConstraint("attendance_on_cancelled_session")).code());
    }

    @Test
    void a_session_is_cancelled_over_held_over_planned() {
        assertEquals(SessionStatus.PLANNED, SessionStatus.of(false, false));
        assertEquals(SessionStatus.HELD, SessionStatus.of(false, true));
        assertEquals(SessionStatus.CANCELLED, SessionStatus.of(true, false));
        assertEquals(SessionStatus.CANCELLED, SessionStatus.of(true, true));
    }

    @Test
    void restoring_clears_the_cancellation_and_a_blank_note_is_no_note() {
        ClassSession s = planned();
        s.cancel(CancellationReason.HOLIDAY, "  ", "petugas-sari", OffsetDateTime.now());
        assertEquals(null, s.cancellationNote);
        assertTrue(s.isCancelled());

        s.restore();

        assertEquals(Optional.empty(), ClassRules.refusalOfCancellation(s, CancellationReason.HOLIDAY, null));
        assertEquals(null, s.cancelledBy);
    }

    private static ClassSession planned() {
        ClassSession s = new ClassSession();
        s.id = UUID.randomUUID();
        return s;
    }

    private static ClassSession cancelled() {
        ClassSession s = planned();
        s.cancel(CancellationReason.INSTRUCTOR_ABSENT, null, "petugas-sari", OffsetDateTime.now());
        return s;
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }
}
