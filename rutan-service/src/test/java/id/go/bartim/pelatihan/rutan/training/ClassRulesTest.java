package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of SPEC 3 about classes and sessions, on dates and a program given as facts. */
class ClassRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    private static final LocalDate END = LocalDate.of(2026, 4, 24);

    @Test
    void end_date_on_or_after_the_start_date_is_let_through() {
        assertEquals(Optional.empty(), ClassRules.refusalOfDates(START, END));
        assertEquals(Optional.empty(), ClassRules.refusalOfDates(START, START));
    }

    @Test
    void end_date_before_the_start_date_is_refused_with_400_on_end_date() {
        ProblemException problem = problemOf(ClassRules.refusalOfDates(START, START.minusDays(1)));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("endDate", "must be on or after startDate")),
                problem.toProblem().errors());
    }

    @Test
    void a_class_dated_on_the_edges_of_the_contract_range_is_let_through() {
        assertEquals(Optional.empty(),
                ClassRules.refusalOfDates(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
    }

    @Test
    void a_class_dated_outside_2000_to_2100_is_refused_with_400_naming_each_date() {
        String rule = "must be between 2000-01-01 and 2100-12-31";
        ProblemException late = problemOf(ClassRules.refusalOfDates(LocalDate.of(2101, 1, 1),
                LocalDate.of(2150, 3, 1)));
        assertEquals(400, late.status());
        assertEquals(List.of(new FieldError("startDate", rule), new FieldError("endDate", rule)),
                late.toProblem().errors());

        assertEquals(List.of(new FieldError("endDate", rule)), problemOf(ClassRules.refusalOfDates(
                LocalDate.of(2100, 12, 1), LocalDate.of(2101, 1, 1))).toProblem().errors());
        assertEquals(List.of(new FieldError("startDate", rule)), problemOf(ClassRules.refusalOfDates(
                LocalDate.of(1999, 12, 31), START)).toProblem().errors());
    }

    @Test
    void a_program_active_in_the_replica_is_let_through() {
        assertEquals(Optional.empty(), ClassRules.refusalOfProgram("PTK-01", program("PTK-01", true)));
    }

    @Test
    void a_program_unknown_to_the_replica_is_refused_with_422_program_not_available() {
        ProblemException problem = problemOf(ClassRules.refusalOfProgram("PTK-99", null));

        assertEquals(422, problem.status());
        assertEquals("program-not-available", problem.code());
        assertEquals("Program PTK-99 is unknown in the catalog received from disnaker", problem.getMessage());
    }

    @Test
    void a_code_that_is_not_a_program_code_is_refused_without_being_repeated() {
        ProblemException problem = problemOf(ClassRules.refusalOfProgram("Budi Santoso 6204011503900001", null));

        assertEquals("program-not-available", problem.code());
        assertEquals("The program is unknown in the catalog received from disnaker", problem.getMessage());
    }

    @Test
    void a_program_retired_in_the_replica_is_refused_with_422_program_not_available() {
        ProblemException problem = problemOf(ClassRules.refusalOfProgram("PTK-01", program("PTK-01", false)));

        assertEquals(422, problem.status());
        assertEquals("program-not-available", problem.code());
        assertEquals("Program PTK-01 is retired in the catalog received from disnaker", problem.getMessage());
    }

    @Test
    void a_session_dated_within_the_class_dates_both_included_is_let_through() {
        TrainingClass c = trainingClass();

        assertEquals(Optional.empty(), ClassRules.refusalOfSessionDate(c, START));
        assertEquals(Optional.empty(), ClassRules.refusalOfSessionDate(c, START.plusDays(30)));
        assertEquals(Optional.empty(), ClassRules.refusalOfSessionDate(c, END));
    }

    @Test
    void a_session_dated_before_the_class_starts_is_refused_with_422_session_outside_class_dates() {
        ProblemException problem = problemOf(ClassRules.refusalOfSessionDate(trainingClass(), START.minusDays(1)));

        assertEquals(422, problem.status());
        assertEquals("session-outside-class-dates", problem.code());
    }

    @Test
    void a_session_dated_after_the_class_ends_is_refused_with_422_session_outside_class_dates() {
        ProblemException problem = problemOf(ClassRules.refusalOfSessionDate(trainingClass(), END.plusDays(1)));

        assertEquals(422, problem.status());
        assertEquals("session-outside-class-dates", problem.code());
    }

    private static ProgramReplica program(String code, boolean active) {
        ProgramReplica p = new ProgramReplica();
        p.code = code;
        p.active = active;
        return p;
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
