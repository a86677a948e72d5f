package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edit window of a session's register (SPEC 10), on dates chosen here: a session of Monday 2 March 2026. */
class AttendanceEditWindowTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 3, 2);
    private static final Period WEEK = Period.ofDays(7);
    private static final UUID RECORDED = UUID.randomUUID();
    private static final UUID NEW = UUID.randomUUID();
    private static final Map<UUID, AttendanceRecordView> EXISTING = Map.of(RECORDED, new AttendanceRecordView(
            UUID.randomUUID(), RECORDED, AttendanceStatus.ABSENT, AttendanceReason.FAMILY_VISIT, null,
            OffsetDateTime.parse("2026-03-02T10:00:00+07:00"), "petugas-sari", null));

    @Test
    void the_register_is_open_until_the_window_after_the_session_date_that_day_included() {
        assertTrue(AttendanceEditWindow.isOpen(SESSION, SESSION, WEEK));
        assertTrue(AttendanceEditWindow.isOpen(SESSION, LocalDate.of(2026, 3, 9), WEEK));
        assertFalse(AttendanceEditWindow.isOpen(SESSION, LocalDate.of(2026, 3, 10), WEEK));
        assertTrue(AttendanceEditWindow.isOpen(SESSION, LocalDate.of(2026, 4, 2), Period.ofMonths(1)));
    }

    @Test
    void within_the_window_any_change_is_taken_without_a_correction_note() {
        List<AttendanceEntry> entries = List.of(entry(RECORDED, AttendanceStatus.PRESENT, null),
                entry(NEW, AttendanceStatus.LATE, null));

        assertEquals(Optional.empty(), AttendanceEditWindow.refusalOf(SESSION, LocalDate.of(2026, 3, 9), WEEK,
                EXISTING, entries));
    }

    @Test
    void after_the_window_a_change_and_a_first_recording_without_a_correction_note_are_refused_with_422() {
        List<AttendanceEntry> entries = List.of(entry(RECORDED, AttendanceStatus.PRESENT, null),
                entry(NEW, AttendanceStatus.LATE, " "));

        ProblemException problem = problemOf(AttendanceEditWindow.refusalOf(SESSION, LocalDate.of(2026, 3, 10), WEEK,
                EXISTING, entries));

        assertEquals(422, problem.status());
        assertEquals("attendance-locked", problem.code());
        assertEquals(List.of(
                new FieldError("[0].correctionNote", "is required: the register of this session was open until 2026-03-09"),
                new FieldError("[1].correctionNote", "is required: the register of this session was open until 2026-03-09")),
                problem.toProblem().errors());
    }

    @Test
    void after_the_window_a_change_with_a_correction_note_is_taken() {
        List<AttendanceEntry> entries = List.of(entry(RECORDED, AttendanceStatus.PRESENT, "Salah catat"),
                entry(NEW, AttendanceStatus.LATE, "Lupa dicatat"));

        assertEquals(Optional.empty(), AttendanceEditWindow.refusalOf(SESSION, LocalDate.of(2027, 1, 1), WEEK,
                EXISTING, entries));
    }

    @Test
    void after_the_window_an_entry_identical_to_the_record_needs_no_correction_note() {
        List<AttendanceEntry> entries = List.of(new AttendanceEntry(RECORDED, AttendanceStatus.ABSENT,
                AttendanceReason.FAMILY_VISIT, " ", null));

        assertEquals(Optional.empty(), AttendanceEditWindow.refusalOf(SESSION, LocalDate.of(2026, 3, 20), WEEK,
                EXISTING, entries));
    }

    @Test
    void a_changed_reason_or_note_is_a_change() {
        List<AttendanceEntry> entries = List.of(new AttendanceEntry(RECORDED, AttendanceStatus.ABSENT,
                AttendanceReason.MEDICAL, null, null));

        Refused refused = AttendanceEditWindow.refusalOf(SESSION, LocalDate.of(2026, 3, 20), WEEK, EXISTING, entries)
                .orElseThrow();

        assertEquals(List.of("[0].correctionNote"), refused.issues().stream().map(Refused.Issue::field).toList());
    }

    private static AttendanceEntry entry(UUID enrollmentId, AttendanceStatus status, String correctionNote) {
        return new AttendanceEntry(enrollmentId, status, null, null, correctionNote);
    }

    private static ProblemException problemOf(Optional<Refused> refusal) {
        assertTrue(refusal.isPresent(), "expected a refusal");
        return new RutanProblems().problemFor(refusal.get());
    }

    @Test
    void the_first_open_session_date_is_where_the_window_turns_for_windows_of_days_and_of_months() {
        assertEquals(LocalDate.of(2026, 3, 2), AttendanceEditWindow.firstOpenSessionDate(LocalDate.of(2026, 3, 9),
                Period.ofDays(7)));
        // 28 February + 1 month is 28 March: closed on 30 March, though 30 March - 1 month is 28 February
        assertEquals(LocalDate.of(2026, 3, 1), AttendanceEditWindow.firstOpenSessionDate(LocalDate.of(2026, 3, 30),
                Period.ofMonths(1)));
        for (Period window : List.of(Period.ofDays(7), Period.ofDays(1), Period.ofMonths(1), Period.of(0, 2, 3))) {
            for (LocalDate today = LocalDate.of(2027, 12, 1); today.isBefore(LocalDate.of(2029, 1, 1));
                    today = today.plusDays(1)) {
                LocalDate first = AttendanceEditWindow.firstOpenSessionDate(today, window);
                assertTrue(AttendanceEditWindow.isOpen(first, today, window), today + " " + window);
                assertFalse(AttendanceEditWindow.isOpen(first.minusDays(1), today, window), today + " " + window);
            }
        }
    }
}
