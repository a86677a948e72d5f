package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 8: every request the rutan accepted gets a decision. One disnaker can read but not decide is rejected
 * INVALID_REQUEST; only one a decision cannot even be recorded under is parked on the DLQ.
 */
class RequestedEventsTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    private static final LocalDate END = LocalDate.of(2026, 4, 24);

    private static EnrollmentRequested.Participant person(String partnerRef, String fullName, String nik, String sex,
                                                          String educationLevel) {
        return new EnrollmentRequested.Participant(partnerRef, fullName, nik, LocalDate.of(1990, 3, 15), sex,
                educationLevel);
    }

    private static EnrollmentRequested request(String programCode, LocalDate start, LocalDate end,
                                               EnrollmentRequested.Participant participant) {
        return new EnrollmentRequested(UUID.randomUUID(), UUID.randomUUID(), programCode, start, end, "RUTAN-TML",
                participant);
    }

    private static Optional<String> problemOf(EnrollmentRequested.Participant participant) {
        return RequestedEvents.problemOf(request("PTK-01", START, END, participant));
    }

    @Test
    void a_complete_request_can_be_decided() {
        assertTrue(problemOf(person("r-1", "Budi", "6204011503900001", "MALE", "SMA")).isEmpty());
        assertTrue(problemOf(person("r-1", "Budi", null, null, null)).isEmpty());
    }

    @Test
    void a_request_without_a_participant_or_its_reference_or_name_cannot_be_decided() {
        assertTrue(problemOf(null).isPresent());
        assertTrue(problemOf(person(" ", "Budi", null, "MALE", "SMA")).isPresent());
        assertTrue(problemOf(person("r-1", "", null, "MALE", "SMA")).isPresent());
        assertTrue(problemOf(person("r-1", "b".repeat(151), null, "MALE", "SMA")).isPresent());
    }

    @Test
    void a_nik_that_is_not_16_digits_cannot_be_decided_and_is_never_quoted() {
        Optional<String> problem = problemOf(person("r-1", "Budi", "62040115039000", "MALE", "SMA"));
        assertTrue(problem.isPresent());
        assertFalse(problem.get().contains("62040115039000"));
    }

    @Test
    void a_sex_or_education_level_outside_spec_3_cannot_be_decided() {
        assertTrue(problemOf(person("r-1", "Budi", null, "X", "SMA")).isPresent());
        assertTrue(problemOf(person("r-1", "Budi", null, "MALE", "S9")).isPresent());
    }

    @Test
    void a_class_that_ends_before_it_starts_cannot_be_decided() {
        assertEquals(Optional.of("class ends before it starts"),
                RequestedEvents.problemOf(request("PTK-01", END, START, person("r-1", "Budi", null, null, null))));
    }

    /** SPEC 8: the quota year is the year the class starts, and the quota holds 2000 to 2100 only. */
    @Test
    void a_class_dated_outside_2000_to_2100_cannot_be_decided() {
        EnrollmentRequested.Participant p = person("r-1", "Budi", null, null, null);
        LocalDate late = LocalDate.of(2150, 1, 5);
        assertEquals(Optional.of("class dates outside 2000-01-01 to 2100-12-31"),
                RequestedEvents.problemOf(request("PTK-01", late, late.plusMonths(2), p)));
        assertTrue(RequestedEvents.problemOf(request("PTK-01", START, LocalDate.of(2101, 1, 1), p)).isPresent());
        assertTrue(RequestedEvents.problemOf(request("PTK-01", LocalDate.of(1999, 12, 31), END, p)).isPresent());
        assertTrue(RequestedEvents.problemOf(request("PTK-01", LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31), p))
                .isEmpty());
    }

    @Test
    void a_request_without_what_a_decision_is_recorded_under_is_poison() {
        EnrollmentRequested.Participant p = person("r-1", "Budi", null, null, null);
        assertThrows(PoisonMessageException.class, () -> RequestedEvents.requireRecordable(request(null, START, END, p)));
        assertThrows(PoisonMessageException.class,
                () -> RequestedEvents.requireRecordable(request("PTK-01", null, END, p)));
        assertThrows(PoisonMessageException.class,
                () -> RequestedEvents.requireRecordable(request("not a code", START, END, p)));
        RequestedEvents.requireRecordable(request("PTK-01", START, END, p));
    }
}
