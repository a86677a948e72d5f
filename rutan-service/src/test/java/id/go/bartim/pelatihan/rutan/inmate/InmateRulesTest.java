package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The release rules of SPEC 3 and the correction rule of SPEC 9, on an inmate's facts. */
class InmateRulesTest {

    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate ADMITTED = LocalDate.of(2026, 1, 12);

    @Test
    void an_active_inmate_can_be_released_today_or_on_a_past_day_since_admission() {
        assertEquals(Optional.empty(), release(InmateStatus.ACTIVE, TODAY));
        assertEquals(Optional.empty(), release(InmateStatus.ACTIVE, ADMITTED));
        assertEquals(Optional.empty(), release(InmateStatus.ACTIVE, ADMITTED.plusDays(100)));
    }

    @Test
    void only_an_active_inmate_can_be_released_else_409_inmate_not_active() {
        for (InmateStatus left : List.of(InmateStatus.RELEASED, InmateStatus.TRANSFERRED)) {
            ProblemException problem = problemOf(release(left, TODAY));

            assertEquals(409, problem.status());
            assertEquals("inmate-not-active", problem.code());
            assertEquals("Inmate " + ID + " is " + left + "; only an ACTIVE inmate can be released",
                    problem.getMessage());
        }
    }

    @Test
    void a_release_date_in_the_future_is_refused_with_400_on_release_date() {
        ProblemException problem = problemOf(release(InmateStatus.ACTIVE, TODAY.plusDays(1)));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("releaseDate", "must not be in the future")), problem.toProblem().errors());
    }

    @Test
    void a_release_date_before_the_admission_is_refused_with_400_on_release_date() {
        ProblemException problem = problemOf(release(InmateStatus.ACTIVE, ADMITTED.minusDays(1)));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("releaseDate", "must not be before admissionDate 2026-01-12")),
                problem.toProblem().errors());
    }

    @Test
    void an_inmate_who_already_left_is_refused_409_before_the_date_is_judged() {
        assertEquals("inmate-not-active", problemOf(release(InmateStatus.RELEASED, TODAY.plusDays(1))).code());
    }

    @Test
    void a_release_refused_by_a_rule_leaves_the_inmate_as_it_was() {
        Inmate inmate = new Inmate();
        inmate.id = ID;
        inmate.status = InmateStatus.ACTIVE;
        inmate.admissionDate = ADMITTED;

        Refused refused = assertThrows(Refused.class,
                () -> inmate.release(ReleaseReason.RELEASED, TODAY.plusDays(1), TODAY));

        assertEquals("releaseDate", refused.issues().get(0).field());
        assertEquals(InmateStatus.ACTIVE, inmate.status);
        assertNull(inmate.releaseDate);
    }

    @Test
    void a_release_sets_the_status_of_its_reason_and_the_date() {
        Inmate inmate = new Inmate();
        inmate.id = ID;
        inmate.status = InmateStatus.ACTIVE;
        inmate.admissionDate = ADMITTED;

        inmate.release(ReleaseReason.TRANSFERRED, TODAY, TODAY);

        assertEquals(InmateStatus.TRANSFERRED, inmate.status);
        assertEquals(TODAY, inmate.releaseDate);
        assertEquals(ReleaseReason.TRANSFERRED, inmate.releaseReason);
    }

    @Test
    void a_correction_of_an_anonymised_inmate_is_refused_409_inmate_anonymised() {
        ProblemException problem = problemOf(InmateRules.refusalOfChange(ID,
                OffsetDateTime.parse("2026-11-20T01:30:00+07:00")));

        assertEquals(409, problem.status());
        assertEquals("inmate-anonymised", problem.code());
        assertEquals(Optional.empty(), InmateRules.refusalOfChange(ID, null));
    }

    private static Optional<Refused> release(InmateStatus status, LocalDate on) {
        return InmateRules.refusalOfRelease(ID, status, ADMITTED, on, TODAY);
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }
}
