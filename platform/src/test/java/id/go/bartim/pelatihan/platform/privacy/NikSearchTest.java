package id.go.bartim.pelatihan.platform.privacy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 8: a search of 6 or more digits is a search by NIK (officers only); 5 digits are not. */
class NikSearchTest {

    @Test
    void six_or_more_digits_in_a_row_are_a_search_by_nik() {
        assertTrue(NikSearch.looksForNik("620401"));
        assertTrue(NikSearch.looksForNik("6204011503900001"));
        assertTrue(NikSearch.looksForNik(" 6204011503900001 "));
        assertTrue(NikSearch.looksForNik("Budi 150390"));
        assertTrue(NikSearch.looksForNik("\uFF16\uFF12\uFF10\uFF14\uFF10\uFF11"), "full-width digits are digits");
    }

    @Test
    void five_digits_names_and_registration_numbers_are_not() {
        assertFalse(NikSearch.looksForNik("62040"));
        assertFalse(NikSearch.looksForNik("6204 0115 0390 0001"));
        assertFalse(NikSearch.looksForNik("AI.2026.0001"));
        assertFalse(NikSearch.looksForNik("Siti Aminah"));
        assertFalse(NikSearch.looksForNik(""));
        assertFalse(NikSearch.looksForNik(null));
    }
}
