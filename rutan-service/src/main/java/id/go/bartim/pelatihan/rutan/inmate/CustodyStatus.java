package id.go.bartim.pelatihan.rutan.inmate;

/** Why the person is held: tahanan (awaiting trial, not convicted) or narapidana (convicted). */
public enum CustodyStatus {
    DETAINEE,
    CONVICT
}
