package id.go.bartim.pelatihan.rutan.inmate;

/** Pendidikan terakhir: the highest schooling completed; disnaker receives it with an enrollment. */
public enum EducationLevel {
    NONE,
    SD,
    SMP,
    SMA,
    D3,
    S1,
    S2
}
