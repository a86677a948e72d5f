package id.go.bartim.pelatihan.disnaker.pages;

/**
 * Every colour of the public pages and their charts, in one place: the stylesheet and the SVG charts take them from
 * here, and PaletteTest computes their contrast (WCAG 2.1: text at least 4.5:1 on the background, chart marks at
 * least 3:1).
 */
public enum Palette {

    BACKGROUND("#ffffff", Role.BACKGROUND),
    TEXT("#1a1a1a", Role.TEXT),
    MUTED_TEXT("#4d4d4d", Role.TEXT),
    LINK("#0b4f8a", Role.TEXT),
    VALID("#1b6b36", Role.TEXT),
    INVALID("#a4262c", Role.TEXT),
    BAR("#1d5b8f", Role.MARK),
    OUTLINE("#595959", Role.MARK);

    /** What a colour is used for, which sets the contrast it needs against the background. */
    public enum Role {
        BACKGROUND, TEXT, MARK
    }

    public final String hex;
    public final Role role;

    Palette(String hex, Role role) {
        this.hex = hex;
        this.role = role;
    }
}
