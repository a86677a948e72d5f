package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.ACCEPTED;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.COMPLETED;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.NOT_COMPETENT;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.PENDING;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.REJECTED;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enrollment rules of SPEC 3 on facts given as values: the refusals of a request in the order SPEC lists them,
 * the completion, and the statuses an enrollment may move between.
 */
class EnrollmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLASS_END = LocalDate.of(2026, 4, 24);
    private static final UUID ENROLLMENT = UUID.randomUUID();

    /** The transitions SPEC 3 lists; every other one is refused. */
    private static final List<List<EnrollmentStatus>> ALLOWED = List.of(
            List.of(PENDING, ACCEPTED), List.of(PENDING, REJECTED), List.of(ACCEPTED, COMPLETED),
            List.of(ACCEPTED, NOT_COMPETENT), List.of(PENDING, WITHDRAWN), List.of(ACCEPTED, WITHDRAWN));

    // --- a request to enroll

    @Test
    void a_request_that_no_rule_refuses_is_let_through() {
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfRequest(facts().build(), TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = InmateStatus.class, names = {"RELEASED", "TRANSFERRED"})
    void an_inmate_who_is_not_active_is_refused_with_409_inmate_not_active(InmateStatus status) {
        assertRefused(409, "inmate-not-active", facts().status(status).build());
    }

    @Test
    void an_inmate_already_enrolled_in_the_class_is_refused_with_409_already_enrolled() {
        assertRefused(409, "already-enrolled", facts().alreadyEnrolled(true).build());
    }

    @Test
    void a_class_whose_seats_are_all_taken_by_pending_and_accepted_enrollments_is_refused_with_422_class_full() {
        assertRefused(422, "class-full", facts().capacity(20).seatsTaken(20).build());
    }

    @Test
    void a_class_with_one_seat_left_takes_the_request() {
        assertEquals(Optional.empty(),
                EnrollmentRules.refusalOfRequest(facts().capacity(20).seatsTaken(19).build(), TODAY));
    }

    @Test
    void a_class_that_has_already_ended_is_refused_with_422_class_ended() {
        assertRefused(422, "class-ended", facts().endDate(TODAY.minusDays(1)).build());
    }

    @Test
    void a_class_that_ends_today_has_not_ended() {
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfRequest(
                facts().endDate(TODAY).expectedReleaseDate(null).build(), TODAY));
    }

    @Test
    void an_expected_release_date_before_the_class_end_date_is_refused_with_422_release_before_class_end() {
        assertRefused(422, "release-before-class-end", facts().expectedReleaseDate(CLASS_END.minusDays(1)).build());
    }

    @Test
    void an_expected_release_on_the_class_end_date_or_none_at_all_is_let_through() {
        assertEquals(Optional.empty(),
                EnrollmentRules.refusalOfRequest(facts().expectedReleaseDate(CLASS_END).build(), TODAY));
        assertEquals(Optional.empty(),
                EnrollmentRules.refusalOfRequest(facts().expectedReleaseDate(null).build(), TODAY));
    }

    @Test
    void when_several_rules_fail_the_first_in_spec_order_refuses_the_request() {
        Facts failing = facts().status(InmateStatus.RELEASED).alreadyEnrolled(true).capacity(5).seatsTaken(5)
                .endDate(TODAY.minusDays(1)).expectedReleaseDate(TODAY.minusDays(2));
        assertRefused(409, "inmate-not-active", failing.build());

        failing.status(InmateStatus.ACTIVE);
        assertRefused(409, "already-enrolled", failing.build());

        failing.alreadyEnrolled(false);
        assertRefused(422, "class-full", failing.build());

        failing.seatsTaken(4);
        assertRefused(422, "class-ended", failing.build());

        failing.endDate(CLASS_END);
        assertRefused(422, "release-before-class-end", failing.build());

        failing.expectedReleaseDate(null);
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfRequest(failing.build(), TODAY));
    }

    // --- completion

    @ParameterizedTest
    @EnumSource(value = EnrollmentStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void a_completion_is_refused_with_409_unless_the_enrollment_is_accepted(EnrollmentStatus status) {
        for (Outcome outcome : Outcome.values()) {
            assertProblem(409, "transition-not-allowed",
                    EnrollmentRules.refusalOfCompletion(ENROLLMENT, status, outcome, new BigDecimal("100.0"), 80));
        }
    }

    @Test
    void competent_needs_the_attendance_rate_to_reach_the_program_minimum_else_422_attendance_below_minimum() {
        assertProblem(422, "attendance-below-minimum", EnrollmentRules.refusalOfCompletion(ENROLLMENT, ACCEPTED,
                Outcome.COMPETENT, new BigDecimal("79.9"), 80));
    }

    @Test
    void competent_with_an_attendance_rate_equal_to_the_minimum_is_enough() {
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfCompletion(ENROLLMENT, ACCEPTED, Outcome.COMPETENT,
                new BigDecimal("80.0"), 80));
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfCompletion(ENROLLMENT, ACCEPTED, Outcome.COMPETENT,
                new BigDecimal("80.1"), 80));
    }

    @Test
    void not_yet_competent_needs_no_minimum_attendance() {
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfCompletion(ENROLLMENT, ACCEPTED,
                Outcome.NOT_YET_COMPETENT, new BigDecimal("0.0"), 80));
    }

    @Test
    void a_completion_not_from_accepted_is_refused_409_before_the_attendance_is_judged() {
        assertProblem(409, "transition-not-allowed", EnrollmentRules.refusalOfCompletion(ENROLLMENT, PENDING,
                Outcome.COMPETENT, new BigDecimal("0.0"), 80));
    }

    @Test
    void competent_gives_completed_and_not_yet_competent_gives_not_competent() {
        assertEquals(COMPLETED, Outcome.COMPETENT.status());
        assertEquals(NOT_COMPETENT, Outcome.NOT_YET_COMPETENT.status());
    }

    // --- transitions

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedTransitions")
    void every_transition_spec_lists_is_allowed(EnrollmentStatus from, EnrollmentStatus to) {
        assertTrue(from.canBecome(to));
        assertEquals(Optional.empty(), EnrollmentRules.refusalOfTransition(ENROLLMENT, from, to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("otherTransitions")
    void every_other_transition_is_refused_with_409_transition_not_allowed(EnrollmentStatus from,
                                                                          EnrollmentStatus to) {
        assertFalse(from.canBecome(to));
        assertProblem(409, "transition-not-allowed", EnrollmentRules.refusalOfTransition(ENROLLMENT, from, to));
    }

    @Test
    void an_update_that_moves_an_enrollment_is_guarded_by_the_statuses_it_may_move_from() {
        assertEquals(List.of("PENDING"), List.of(EnrollmentStatus.sourcesOf(ACCEPTED)));
        assertEquals(List.of("PENDING"), List.of(EnrollmentStatus.sourcesOf(REJECTED)));
        assertEquals(List.of("PENDING", "ACCEPTED"), List.of(EnrollmentStatus.sourcesOf(WITHDRAWN)));
        assertEquals(List.of(), List.of(EnrollmentStatus.sourcesOf(PENDING)));
    }

    static Stream<Arguments> allowedTransitions() {
        return ALLOWED.stream().map(t -> Arguments.of(t.get(0), t.get(1)));
    }

    static Stream<Arguments> otherTransitions() {
        return Arrays.stream(EnrollmentStatus.values())
                .flatMap(from -> Arrays.stream(EnrollmentStatus.values()).map(to -> List.of(from, to)))
                .filter(t -> !ALLOWED.contains(t))
                .map(t -> Arguments.of(t.get(0), t.get(1)));
    }

    private static void assertRefused(int status, String code, RequestFacts facts) {
        assertProblem(status, code, EnrollmentRules.refusalOfRequest(facts, TODAY));
    }

    private static void assertProblem(int status, String code, Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal " + code);
        ProblemException problem = new RutanProblems().problemFor(refusal.get());
        assertEquals(code, problem.code());
        assertEquals(status, problem.status());
    }

    private static Facts facts() {
        return new Facts();
    }

    /** Facts of a request no rule refuses: an active inmate due out after the class, a class running with seats. */
    private static final class Facts {
        private InmateStatus status = InmateStatus.ACTIVE;
        private boolean alreadyEnrolled;
        private int capacity = 20;
        private int seatsTaken = 3;
        private LocalDate endDate = CLASS_END;
        private LocalDate expectedReleaseDate = CLASS_END.plusMonths(6);

        Facts status(InmateStatus value) {
            status = value;
            return this;
        }

        Facts alreadyEnrolled(boolean value) {
            alreadyEnrolled = value;
            return this;
        }

        Facts capacity(int value) {
            capacity = value;
            return this;
        }

        Facts seatsTaken(int value) {
            seatsTaken = value;
            return this;
        }

        Facts endDate(LocalDate value) {
            endDate = value;
            return this;
        }

        Facts expectedReleaseDate(LocalDate value) {
            expectedReleaseDate = value;
            return this;
        }

        RequestFacts build() {
            return new RequestFacts(UUID.randomUUID(), "PTK-01", LocalDate.of(2026, 2, 2), endDate, capacity,
                    seatsTaken, 0, 0, 80, UUID.randomUUID(), "Budi Santoso", null, LocalDate.of(1990, 3, 15), "MALE",
                    "SMP", status, expectedReleaseDate, alreadyEnrolled);
        }
    }
}
