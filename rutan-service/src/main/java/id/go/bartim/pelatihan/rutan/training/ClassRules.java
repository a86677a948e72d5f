package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.contract.enrollment.ClassDates;
import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of SPEC 3 about training classes and their sessions, each a function over facts already loaded: it
 * answers with the refusal, or with nothing when the rule lets the class or session through.
 */
public final class ClassRules {

    private ClassRules() {
    }

    /**
     * A class is dated within {@link ClassDates} (SPEC 8: disnaker could not decide its enrollments otherwise) and ends
     * on or after the day it starts: 400 on each date that breaks a rule.
     */
    public static Optional<Refused> refusalOfDates(LocalDate startDate, LocalDate endDate) {
        List<Refused.Issue> outside = new ArrayList<>();
        if (!ClassDates.holds(startDate)) {
            outside.add(new Refused.Issue("startDate", ClassDates.RULE));
        }
        if (!ClassDates.holds(endDate)) {
            outside.add(new Refused.Issue("endDate", ClassDates.RULE));
        }
        if (!outside.isEmpty()) {
            return Optional.of(new Refused(RutanRefusal.INVALID_FIELD, "The class dates " + ClassDates.RULE, outside));
        }
        if (endDate.isBefore(startDate)) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "endDate", "must be on or after startDate"));
        }
        return Optional.empty();
    }

    /**
     * A class is of a program active in the replica of disnaker's catalog (422 program-not-available);
     * {@code program} is null when the replica does not hold {@code programCode}.
     */
    public static Optional<Refused> refusalOfProgram(String programCode, ProgramReplica program) {
        if (program != null && program.isAvailable()) {
            return Optional.empty();
        }
        // The code comes from the body: named only when it has a code's shape, never as free text
        String name = ProgramCode.matches(programCode) ? "Program " + programCode : "The program";
        return Optional.of(new Refused(RutanRefusal.PROGRAM_NOT_AVAILABLE, name + " is "
                + (program == null ? "unknown" : "retired") + " in the catalog received from disnaker"));
    }

    /** A session is dated within its class's dates, both included (422 session-outside-class-dates). */
    public static Optional<Refused> refusalOfSessionDate(TrainingClass c, LocalDate date) {
        if (!date.isBefore(c.startDate) && !date.isAfter(c.endDate)) {
            return Optional.empty();
        }
        return Optional.of(new Refused(RutanRefusal.SESSION_OUTSIDE_CLASS_DATES,
                "A session of this class must be dated between " + c.startDate + " and " + c.endDate));
    }

    /**
     * A session is cancelled once (409 session-cancelled when it already is), and a cancellation for OTHER says why in
     * its note (400 naming {@code note}).
     */
    public static Optional<Refused> refusalOfCancellation(ClassSession s, CancellationReason reason, String note) {
        if (s.isCancelled()) {
            return Optional.of(new Refused(RutanRefusal.SESSION_CANCELLED, "Session " + s.id + " is already cancelled"));
        }
        if (reason == CancellationReason.OTHER && (note == null || note.isBlank())) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "note", "is required when reason is OTHER"));
        }
        return Optional.empty();
    }

    /** Only a cancelled session is restored (409 session-not-cancelled). */
    public static Optional<Refused> refusalOfRestore(ClassSession s) {
        if (s.isCancelled()) {
            return Optional.empty();
        }
        return Optional.of(new Refused(RutanRefusal.SESSION_NOT_CANCELLED, "Session " + s.id + " is not cancelled"));
    }

    /** A cancelled session takes no attendance (409 session-cancelled); nothing of the register is stored. */
    public static Optional<Refused> refusalOfAttendance(ClassSession s) {
        return s.isCancelled() ? Optional.of(sessionCancelled()) : Optional.empty();
    }

    /** The refusal of attendance on a cancelled session, also when the database's trigger is what stopped it. */
    public static Refused sessionCancelled() {
        return new Refused(RutanRefusal.SESSION_CANCELLED,
                "The session is cancelled: attendance cannot be recorded on it; nothing was stored");
    }

    /**
     * A class has one session at a given date and start time (409 session-time-taken); the answer when the database's
     * unique key caught a second one, which a session plan skips and a single session cannot add.
     */
    public static Refused sessionTimeTaken() {
        return new Refused(RutanRefusal.SESSION_TIME_TAKEN,
                "This class has a session at that date and start time already");
    }
}
