package id.go.bartim.pelatihan.disnaker.decision;

/**
 * Where an enrollment stands for disnaker (SPEC 4), and where it may go: a request is decided ACCEPTED or REJECTED;
 * ACCEPTED → COMPLETED | NOT_COMPETENT on the rutan's completion, or WITHDRAWN on its withdrawal. Nothing else.
 */
public enum DecisionStatus {
    ACCEPTED, REJECTED, COMPLETED, NOT_COMPETENT, WITHDRAWN;

    /** Whether an enrollment in this status may move to {@code next}. */
    public boolean canBecome(DecisionStatus next) {
        return this == ACCEPTED && (next == COMPLETED || next == NOT_COMPETENT || next == WITHDRAWN);
    }

    /** Whether a completion has been recorded: told again, it is the same fact. */
    public boolean isAssessed() {
        return this == COMPLETED || this == NOT_COMPETENT;
    }
}
