package id.go.bartim.pelatihan.rutan.enrollment;

/** The assessment of a trainee at the end of a class (kompeten / belum kompeten). */
public enum Outcome {
    COMPETENT, NOT_YET_COMPETENT;

    /** The status a completion with this outcome moves the enrollment to. */
    public EnrollmentStatus status() {
        return this == COMPETENT ? EnrollmentStatus.COMPLETED : EnrollmentStatus.NOT_COMPETENT;
    }
}
