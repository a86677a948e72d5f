package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.contract.enrollment.ClassDates;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a requested event before anything is decided on it. One that lacks what a decision is recorded under (the
 * enrollment, class, program, dates, partner) is poison (DLQ); one that has it but cannot be decided is rejected
 * INVALID_REQUEST (SPEC 8), so every request the rutan accepted gets a decision. What these rules cannot foresee (text
 * PostgreSQL cannot store, say) is found by trying: a request that keeps failing is rejected the same way
 * ({@link EnrollmentEventConsumer}'s last resort).
 */
final class RequestedEvents {

    private static final Pattern NIK = Pattern.compile("^[0-9]{16}$");
    private static final int PARTNER_CODE_MAX = 40;
    private static final int PARTNER_REF_MAX = 64;
    private static final int FULL_NAME_MAX = 150;
    private static final Set<String> SEXES = Set.of("MALE", "FEMALE");
    private static final Set<String> EDUCATION_LEVELS = Set.of("NONE", "SD", "SMP", "SMA", "D3", "S1", "S2");

    private RequestedEvents() {
    }

    /** Refuses, as poison, an event a decision could not even be recorded under. */
    static void requireRecordable(EnrollmentRequested r) {
        if (r.enrollmentId() == null || r.classId() == null || r.programCode() == null
                || r.classStartDate() == null || r.classEndDate() == null || r.partnerCode() == null) {
            throw new PoisonMessageException("requested event lacks a required field");
        }
        if (!ProgramCode.matches(r.programCode()) || r.partnerCode().isBlank()
                || r.partnerCode().length() > PARTNER_CODE_MAX) {
            throw new PoisonMessageException("requested event has a malformed programCode or partnerCode");
        }
    }

    /**
     * Why a recordable request cannot be decided, or empty when it can. The answer never quotes a value: they are
     * personal data.
     */
    static Optional<String> problemOf(EnrollmentRequested r) {
        var p = r.participant();
        if (p == null) {
            return Optional.of("participant missing");
        }
        if (p.partnerRef() == null || p.partnerRef().isBlank() || p.fullName() == null || p.fullName().isBlank()) {
            return Optional.of("participant lacks partnerRef or fullName");
        }
        if (p.partnerRef().length() > PARTNER_REF_MAX || p.fullName().length() > FULL_NAME_MAX) {
            return Optional.of("participant partnerRef or fullName too long");
        }
        if (p.nik() != null && !NIK.matcher(p.nik()).matches()) {
            return Optional.of("participant nik is not 16 digits");
        }
        if (p.sex() != null && !SEXES.contains(p.sex())
                || p.educationLevel() != null && !EDUCATION_LEVELS.contains(p.educationLevel())) {
            return Optional.of("participant sex or educationLevel is not one of SPEC 3's values");
        }
        if (!ClassDates.holds(r.classStartDate()) || !ClassDates.holds(r.classEndDate())) {
            // The quota year is the year the class starts, and the quota holds 2000 to 2100 only
            return Optional.of("class dates outside " + ClassDates.EARLIEST + " to " + ClassDates.LATEST);
        }
        if (r.classEndDate().isBefore(r.classStartDate())) {
            return Optional.of("class ends before it starts");
        }
        return Optional.empty();
    }
}
