package id.go.bartim.pelatihan.rutan.inmate;

/** Whether the person is still held here; server-managed, changed only by a release. */
public enum InmateStatus {
    ACTIVE,
    RELEASED,
    TRANSFERRED
}
