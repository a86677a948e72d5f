package id.go.bartim.pelatihan.disnaker.quota;

/** A person's slot in a year's quota: held by an accepted enrollment, or turned trained by a COMPETENT completion. */
public enum SlotState {
    RESERVED, TRAINED
}
