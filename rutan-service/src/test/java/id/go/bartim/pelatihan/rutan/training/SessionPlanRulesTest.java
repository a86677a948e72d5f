package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session plan of SPEC 10, on a class's dates, holidays and taken days given as facts. */
class SessionPlanRulesTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    /** A Friday, 12 weeks on. */
    private static final LocalDate END = LocalDate.of(2026, 4, 24);

    @Test
    void gives_every_day_of_the_plan_that_falls_on_one_of_its_weekdays() {
        List<LocalDate> days = SessionPlanRules.days(Set.of(MONDAY, WEDNESDAY), START, START.plusDays(13),
                Set.of(), Set.of());

        assertEquals(List.of(date(2, 2), date(2, 4), date(2, 9), date(2, 11)), days);
    }

    @Test
    void includes_both_ends_of_the_plan() {
        assertEquals(List.of(START, START.plusDays(7)),
                SessionPlanRules.days(Set.of(MONDAY), START, START.plusDays(7), Set.of(), Set.of()));
    }

    @Test
    void skips_a_holiday() {
        List<LocalDate> days = SessionPlanRules.days(Set.of(WEDNESDAY), START, START.plusDays(13),
                Set.of(date(2, 4)), Set.of());

        assertEquals(List.of(date(2, 11)), days);
    }

    @Test
    void skips_a_day_that_has_a_session_at_that_time_already() {
        List<LocalDate> days = SessionPlanRules.days(Set.of(MONDAY, FRIDAY), START, START.plusDays(7),
                Set.of(), Set.of(date(2, 6)));

        assertEquals(List.of(date(2, 2), date(2, 9)), days);
    }

    @Test
    void the_same_plan_again_gives_no_day() {
        Set<LocalDate> holidays = Set.of(date(2, 16));
        List<LocalDate> first = SessionPlanRules.days(Set.of(MONDAY, WEDNESDAY), START, END, holidays, Set.of());
        Set<LocalDate> taken = new HashSet<>(first);

        assertEquals(List.of(), SessionPlanRules.days(Set.of(MONDAY, WEDNESDAY), START, END, holidays, taken));
    }

    @Test
    void a_plan_on_no_matching_day_gives_none() {
        // Monday to Tuesday holds no Friday
        assertEquals(List.of(), SessionPlanRules.days(Set.of(FRIDAY), START, START.plusDays(1), Set.of(), Set.of()));
    }

    @Test
    void a_plan_within_the_class_dates_is_let_through() {
        assertEquals(Optional.empty(), SessionPlanRules.refusalOf(trainingClass(), List.of(MONDAY), START, END));
        assertEquals(Optional.empty(), SessionPlanRules.refusalOf(trainingClass(), List.of(MONDAY), START, START));
    }

    @Test
    void a_plan_starting_before_the_class_is_refused_with_422_not_cut_short() {
        ProblemException problem = problemOf(
                SessionPlanRules.refusalOf(trainingClass(), List.of(MONDAY), START.minusDays(1), END));

        assertEquals(422, problem.status());
        assertEquals("session-outside-class-dates", problem.code());
    }

    @Test
    void a_plan_ending_after_the_class_is_refused_with_422() {
        ProblemException problem = problemOf(
                SessionPlanRules.refusalOf(trainingClass(), List.of(MONDAY), START, END.plusDays(1)));

        assertEquals(422, problem.status());
        assertEquals("session-outside-class-dates", problem.code());
    }

    @Test
    void until_before_from_is_refused_with_400_on_until() {
        ProblemException problem = problemOf(
                SessionPlanRules.refusalOf(trainingClass(), List.of(MONDAY), START.plusDays(1), START));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("until", "must be on or after from")), problem.toProblem().errors());
    }

    @Test
    void a_plan_longer_than_366_days_is_refused_with_400_on_until() {
        TrainingClass longClass = trainingClass();
        longClass.endDate = START.plusYears(3);

        assertEquals(Optional.empty(), SessionPlanRules.refusalOf(longClass, List.of(MONDAY), START,
                START.plusDays(SessionPlanRules.MAX_DAYS - 1)));
        ProblemException problem = problemOf(SessionPlanRules.refusalOf(longClass, List.of(MONDAY), START,
                START.plusDays(SessionPlanRules.MAX_DAYS)));
        assertEquals(400, problem.status());
        assertEquals("until", problem.toProblem().errors().get(0).field());
    }

    @Test
    void a_weekday_named_twice_is_refused_with_400_on_weekdays() {
        List<java.time.DayOfWeek> twice = new ArrayList<>(List.of(MONDAY, FRIDAY, MONDAY));
        ProblemException problem = problemOf(SessionPlanRules.refusalOf(trainingClass(), twice, START, END));

        assertEquals(400, problem.status());
        assertEquals("weekdays", problem.toProblem().errors().get(0).field());
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static TrainingClass trainingClass() {
        TrainingClass c = new TrainingClass();
        c.startDate = START;
        c.endDate = END;
        return c;
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }
}
