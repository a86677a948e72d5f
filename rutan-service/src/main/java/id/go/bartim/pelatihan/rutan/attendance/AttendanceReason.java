package id.go.bartim.pelatihan.rutan.attendance;

/**
 * Why a trainee was EXCUSED or ABSENT (SPEC 10): a court hearing (sidang), a family visit (kunjungan keluarga), the
 * clinic, work duty (kerja bakti, dapur), discipline (sanksi), or OTHER, which needs a note.
 */
public enum AttendanceReason {
    COURT_HEARING, FAMILY_VISIT, MEDICAL, WORK_DUTY, DISCIPLINE, OTHER
}
