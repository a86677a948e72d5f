package id.go.bartim.pelatihan.rutan.enrollment;

/** Where an enrollment stands (SPEC 3); PENDING and ACCEPTED hold a seat in the class. */
public enum EnrollmentStatus {
    PENDING, ACCEPTED, REJECTED, COMPLETED, NOT_COMPETENT, WITHDRAWN;

    public boolean holdsSeat() {
        return this == PENDING || this == ACCEPTED;
    }
}
