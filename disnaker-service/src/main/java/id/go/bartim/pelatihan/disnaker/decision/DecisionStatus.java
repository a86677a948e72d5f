package id.go.bartim.pelatihan.disnaker.decision;

/** Where an enrollment stands for disnaker (SPEC 4). */
public enum DecisionStatus {
    ACCEPTED, REJECTED, COMPLETED, NOT_COMPETENT, WITHDRAWN
}
