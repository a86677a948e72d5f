package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import id.go.bartim.pelatihan.rutan.attendance.SessionHours;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the rules of an enrollment request (SPEC 3) are judged on, read together by {@link EnrollmentStore#requestFacts}:
 * the class's dates, capacity and seats taken, the inmate's state, whether the inmate already holds a place in the
 * class, and the participant fields of SPEC 5 that the request's event carries.
 */
public record RequestFacts(UUID classId, String programCode, LocalDate startDate, LocalDate endDate, int capacity,
                           int seatsTaken, int sessionHoursFrom, int cancelledHoursFrom,
                           Integer minAttendancePercent, UUID inmateId, String fullName, String nik,
                           LocalDate birthDate, String sex, String educationLevel, InmateStatus status,
                           LocalDate expectedReleaseDate, boolean alreadyEnrolled) {

    /** The same facts with the class's seats counted as {@code taken} (a batch counts the seats its earlier items took). */
    RequestFacts withSeatsTaken(int taken) {
        return new RequestFacts(classId, programCode, startDate, endDate, capacity, taken, sessionHoursFrom,
                cancelledHoursFrom, minAttendancePercent, inmateId, fullName, nik, birthDate, sex, educationLevel,
                status, expectedReleaseDate, alreadyEnrolled);
    }

    /**
     * A new enrollment's attendance: no records yet, and every session from its first day (today) on is still ahead.
     */
    AttendanceSummary newAttendance() {
        return AttendanceSummary.of(List.of(new SessionHours(false, true, true, null, sessionHoursFrom),
                new SessionHours(true, true, true, null, cancelledHoursFrom)), minAttendancePercent);
    }
}
