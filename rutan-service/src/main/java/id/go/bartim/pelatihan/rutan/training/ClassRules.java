package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.rutan.catalog.ProgramReplica;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of SPEC 3 about training classes and their sessions, each a function over facts already loaded: it
 * answers with the refusal, or with nothing when the rule lets the class or session through.
 */
public final class ClassRules {

    private ClassRules() {
    }

    /** A class ends on or after the day it starts (400 on endDate). */
    public static Optional<Refused> refusalOfDates(LocalDate startDate, LocalDate endDate) {
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
}
