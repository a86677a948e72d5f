package id.go.bartim.pelatihan.rutan.enrollment;

/** Where an entry of a class's waiting list stands (SPEC 10): in line, enrolled when a seat freed, or passed over. */
public enum WaitingStatus {
    WAITING, ENROLLED, SKIPPED
}
