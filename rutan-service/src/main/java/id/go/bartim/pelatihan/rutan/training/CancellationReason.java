package id.go.bartim.pelatihan.rutan.training;

/** Why a session was cancelled (SPEC 10); OTHER needs a note. */
public enum CancellationReason {
    INSTRUCTOR_ABSENT, SECURITY, FACILITY, HOLIDAY, OTHER
}
