package id.go.bartim.pelatihan.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorableTextTest {

    @Test
    void any_unicode_text_without_nul_is_storable() {
        assertTrue(StorableText.isStorable(""));
        assertTrue(StorableText.isStorable("Budi Santoso, Blok B-3\t\n"));
        assertTrue(StorableText.isStorable("Pelatihan \uD83D\uDD27 las"), "a surrogate pair is one character");
        assertTrue(StorableText.isStorable("\u0001\u001f\u007f"), "other control characters PostgreSQL stores");
    }

    @Test
    void nul_and_unpaired_surrogates_are_not() {
        assertFalse(StorableText.isStorable("Budi\u0000"));
        assertFalse(StorableText.isStorable("\u0000"));
        assertFalse(StorableText.isStorable("a\uD83Db"), "a high surrogate without its low one");
        assertFalse(StorableText.isStorable("a\uD83D"), "a high surrogate at the end");
        assertFalse(StorableText.isStorable("\uDD27a"), "a low surrogate alone");
    }
}
