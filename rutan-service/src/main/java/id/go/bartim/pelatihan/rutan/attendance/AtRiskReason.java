package id.go.bartim.pelatihan.rutan.attendance;

/** Why an ACCEPTED enrollment is on its class's at-risk list (SPEC 10). */
public enum AtRiskReason {
    /** Even attending every remaining session, the rate cannot reach the program's minimum. */
    CANNOT_QUALIFY,
    /** Marked ABSENT in each of the class's last three held sessions. */
    ABSENT_FROM_LAST_THREE_HELD_SESSIONS
}
