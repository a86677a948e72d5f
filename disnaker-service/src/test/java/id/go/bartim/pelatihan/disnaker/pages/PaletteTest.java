package id.go.bartim.pelatihan.disnaker.pages;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 contrast of every colour of the public pages against their background, computed from {@link Palette}:
 * text at least 4.5:1 (1.4.3), chart marks and input borders at least 3:1 (1.4.11).
 */
class PaletteTest {

    @Test
    void every_text_colour_has_at_least_4_5_to_1_and_every_mark_3_to_1_against_the_background() {
        for (Palette colour : Palette.values()) {
            double ratio = contrast(colour.hex, Palette.BACKGROUND.hex);
            switch (colour.role) {
                case TEXT -> assertTrue(ratio >= 4.5, colour + " " + ratio);
                case MARK -> assertTrue(ratio >= 3.0, colour + " " + ratio);
                case BACKGROUND -> assertTrue(ratio == 1.0, colour + " " + ratio);
            }
        }
    }

    @Test
    void computes_the_known_contrast_of_black_on_white() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21.0) < 1e-9);
        assertTrue(Math.abs(contrast("#767676", "#ffffff") - 4.54) < 0.01);
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
