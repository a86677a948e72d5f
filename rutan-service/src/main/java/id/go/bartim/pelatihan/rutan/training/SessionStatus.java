package id.go.bartim.pelatihan.rutan.training;

/** Where a session stands (SPEC 10): planned, held (attendance recorded) or cancelled, which wins over held. */
public enum SessionStatus {
    PLANNED, HELD, CANCELLED;

    /** A cancelled session is CANCELLED even if it had records (they are kept, and count again if restored). */
    public static SessionStatus of(boolean cancelled, boolean hasAttendance) {
        if (cancelled) {
            return CANCELLED;
        }
        return hasAttendance ? HELD : PLANNED;
    }
}
