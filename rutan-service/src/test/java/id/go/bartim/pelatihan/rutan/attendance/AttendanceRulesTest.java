package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a session's attendance register (SPEC 3, 10), on entries and accepted enrollments given as facts. */
class AttendanceRulesTest {

    private static final UUID ACCEPTED = UUID.randomUUID();
    private static final UUID OTHER_ACCEPTED = UUID.randomUUID();
    private static final UUID PENDING = UUID.randomUUID();
    private static final UUID OF_ANOTHER_CLASS = UUID.randomUUID();
    private static final Set<UUID> ACCEPTED_IN_CLASS = Set.of(ACCEPTED, OTHER_ACCEPTED);

    @Test
    void a_register_whose_entries_are_all_accepted_enrollments_of_the_class_is_stored() {
        List<AttendanceEntry> entries = List.of(entry(ACCEPTED, AttendanceStatus.PRESENT),
                entry(OTHER_ACCEPTED, AttendanceStatus.SICK));

        assertEquals(Optional.empty(), AttendanceRules.refusalOfEntries(entries, ACCEPTED_IN_CLASS));
        assertEquals(Optional.empty(), AttendanceRules.refusalOfDuplicates(entries));
    }

    @Test
    void an_entry_whose_enrollment_is_not_accepted_in_this_class_refuses_the_whole_request_with_422() {
        List<AttendanceEntry> entries = List.of(entry(ACCEPTED, AttendanceStatus.PRESENT),
                entry(PENDING, AttendanceStatus.PRESENT));

        ProblemException problem = problemOf(AttendanceRules.refusalOfEntries(entries, ACCEPTED_IN_CLASS));

        assertEquals(422, problem.status());
        assertEquals("enrollment-not-accepted", problem.code());
        assertEquals(List.of(new FieldError("[1].enrollmentId", "is not an ACCEPTED enrollment of this class")),
                problem.toProblem().errors());
    }

    @Test
    void the_refusal_names_each_entry_that_is_not_an_accepted_enrollment_of_this_class() {
        List<AttendanceEntry> entries = List.of(entry(PENDING, AttendanceStatus.LATE),
                entry(ACCEPTED, AttendanceStatus.PRESENT), entry(OF_ANOTHER_CLASS, AttendanceStatus.ABSENT));

        Refused refused = AttendanceRules.refusalOfEntries(entries, ACCEPTED_IN_CLASS).orElseThrow();

        assertEquals(List.of("[0].enrollmentId", "[2].enrollmentId"),
                refused.issues().stream().map(Refused.Issue::field).toList());
        assertEquals("2 entries are not ACCEPTED enrollments of this class; nothing was stored", refused.getMessage());
    }

    @Test
    void an_empty_register_refuses_nothing() {
        assertEquals(Optional.empty(), AttendanceRules.refusalOfEntries(List.of(), Set.of()));
        assertEquals(Optional.empty(), AttendanceRules.refusalOfDuplicates(List.of()));
    }

    @Test
    void an_enrollment_id_given_twice_is_refused_with_400_at_its_second_entry() {
        List<AttendanceEntry> entries = List.of(entry(ACCEPTED, AttendanceStatus.PRESENT),
                entry(OTHER_ACCEPTED, AttendanceStatus.PRESENT), entry(ACCEPTED, AttendanceStatus.LATE));

        ProblemException problem = problemOf(AttendanceRules.refusalOfDuplicates(entries));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("[2].enrollmentId", "appears more than once")),
                problem.toProblem().errors());
    }

    @Test
    void a_reason_goes_with_excused_and_absent_and_may_be_left_out_there() {
        List<AttendanceEntry> entries = List.of(
                new AttendanceEntry(ACCEPTED, AttendanceStatus.EXCUSED, AttendanceReason.COURT_HEARING, null, null),
                new AttendanceEntry(OTHER_ACCEPTED, AttendanceStatus.ABSENT, AttendanceReason.OTHER, "Mogok", null),
                entry(PENDING, AttendanceStatus.EXCUSED));

        assertEquals(Optional.empty(), AttendanceRules.refusalOfReasons(entries));
    }

    @Test
    void a_reason_on_present_late_or_sick_is_refused_with_400_naming_each_entrys_reason() {
        List<AttendanceEntry> entries = List.of(
                new AttendanceEntry(ACCEPTED, AttendanceStatus.PRESENT, AttendanceReason.MEDICAL, null, null),
                entry(OTHER_ACCEPTED, AttendanceStatus.ABSENT),
                new AttendanceEntry(PENDING, AttendanceStatus.SICK, AttendanceReason.MEDICAL, "Klinik", null),
                new AttendanceEntry(OF_ANOTHER_CLASS, AttendanceStatus.LATE, AttendanceReason.WORK_DUTY, null, null));

        ProblemException problem = problemOf(AttendanceRules.refusalOfReasons(entries));

        assertEquals(400, problem.status());
        assertEquals(List.of("[0].reason", "[2].reason", "[3].reason"),
                problem.toProblem().errors().stream().map(FieldError::field).toList());
    }

    @Test
    void other_without_a_note_or_with_a_blank_one_is_refused_with_400_naming_the_note() {
        List<AttendanceEntry> entries = List.of(
                new AttendanceEntry(ACCEPTED, AttendanceStatus.EXCUSED, AttendanceReason.OTHER, "Sidang adat", null),
                new AttendanceEntry(OTHER_ACCEPTED, AttendanceStatus.ABSENT, AttendanceReason.OTHER, null, null),
                new AttendanceEntry(PENDING, AttendanceStatus.EXCUSED, AttendanceReason.OTHER, "  ", null));

        ProblemException problem = problemOf(AttendanceRules.refusalOfReasons(entries));

        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("[1].note", "is required when reason is OTHER"),
                new FieldError("[2].note", "is required when reason is OTHER")), problem.toProblem().errors());
    }

    private static AttendanceEntry entry(UUID enrollmentId, AttendanceStatus status) {
        return new AttendanceEntry(enrollmentId, status, null);
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }
}
