package id.go.bartim.pelatihan.rutan.inmate;

/** Jenis kelamin as recorded at admission; the NIK encodes it too (women add 40 to the day). */
public enum Sex {
    MALE,
    FEMALE
}
