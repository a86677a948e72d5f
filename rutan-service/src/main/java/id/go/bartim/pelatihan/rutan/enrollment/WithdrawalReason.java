package id.go.bartim.pelatihan.rutan.enrollment;

/** Why an enrollment was withdrawn. */
public enum WithdrawalReason {
    RELEASED, TRANSFERRED, HEALTH, DISCIPLINE, OTHER
}
