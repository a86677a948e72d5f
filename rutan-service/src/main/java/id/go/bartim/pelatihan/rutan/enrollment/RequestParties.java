package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an enrollment request needs of its class and its inmate, read in one round trip ({@link #SELECT}) instead of
 * two entity loads: the class's dates and capacity, the inmate's state and the participant fields of SPEC 5 that the
 * event carries. The inmate's row is read-locked (for share) until the commit: a release of the inmate waits for the
 * enrollment and then withdraws it, or the enrollment waits for the release and finds the inmate gone
 * (InmateService.release locks the row first).
 */
record RequestParties(UUID classId, String programCode, LocalDate startDate, LocalDate endDate, int capacity,
                      int sessionHoursFrom, UUID inmateId, String fullName, String nik, LocalDate birthDate,
                      String sex, String educationLevel, InmateStatus status, LocalDate expectedReleaseDate) {

    /**
     * Both rows, or no row when either is missing (then the entity loads tell which, with its 404). Values: the day
     * of the request, the class, the inmate. With them the hours of the class's sessions from the day of the request
     * on: a new enrollment's attendance total as AttendanceLedger counts it (sessions on or after
     * {@code requested_on}), so the answer to the request needs no other query.
     */
    static final String SELECT = """
            select c.program_code, c.start_date, c.end_date, c.capacity,
                   (select coalesce(sum(s.hours), 0) from class_session s where s.class_id = c.id and s.session_date >= ?),
                   i.full_name, i.nik, i.birth_date, i.sex, i.education_level, i.status, i.expected_release_date
            from training_class c, inmate i
            where c.id = ? and i.id = ?
            for share of i""";

    static RequestParties read(UUID classId, UUID inmateId, ResultSet row) throws SQLException {
        return new RequestParties(classId, row.getString(1), row.getObject(2, LocalDate.class),
                row.getObject(3, LocalDate.class), row.getInt(4), row.getInt(5), inmateId, row.getString(6),
                row.getString(7), row.getObject(8, LocalDate.class), row.getString(9), row.getString(10),
                InmateStatus.valueOf(row.getString(11)), row.getObject(12, LocalDate.class));
    }

    /** A new enrollment's attendance: nothing attended yet, of the hours of the sessions from its first day on. */
    AttendanceSummary newAttendance() {
        return AttendanceSummary.of(sessionHoursFrom, 0);
    }

    boolean inmateActive() {
        return status == InmateStatus.ACTIVE;
    }

    boolean classEndedBefore(LocalDate day) {
        return endDate.isBefore(day);
    }
}
