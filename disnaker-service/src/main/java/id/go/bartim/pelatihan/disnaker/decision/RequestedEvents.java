package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;

import java.util.regex.Pattern;

/** Checks a requested event before anything is decided on it; what fails is poison (DLQ). */
final class RequestedEvents {

    private static final Pattern NIK = Pattern.compile("^[0-9]{16}$");

    private RequestedEvents() {
    }

    static void check(EnrollmentRequested r) {
        var p = r.participant();
        if (r.enrollmentId() == null || r.classId() == null || r.programCode() == null
                || r.classStartDate() == null || r.classEndDate() == null || r.partnerCode() == null || p == null) {
            throw new PoisonMessageException("requested event lacks a required field");
        }
        if (p.partnerRef() == null || p.partnerRef().isBlank() || p.fullName() == null || p.fullName().isBlank()) {
            throw new PoisonMessageException("participant lacks partnerRef or fullName");
        }
        if (p.nik() != null && !NIK.matcher(p.nik()).matches()) {
            // Never quote the value: it is personal data.
            throw new PoisonMessageException("participant nik is not 16 digits");
        }
        if (r.classEndDate().isBefore(r.classStartDate())) {
            throw new PoisonMessageException("class ends before it starts");
        }
    }
}
