package id.go.bartim.pelatihan.rutan.inmate;

/** Why an inmate leaves the rutan: bebas (released) or dipindahkan (transferred elsewhere). */
public enum ReleaseReason {
    RELEASED(InmateStatus.RELEASED),
    TRANSFERRED(InmateStatus.TRANSFERRED);

    private final InmateStatus status;

    ReleaseReason(InmateStatus status) {
        this.status = status;
    }

    /** The status the inmate ends in. */
    InmateStatus status() {
        return status;
    }
}
