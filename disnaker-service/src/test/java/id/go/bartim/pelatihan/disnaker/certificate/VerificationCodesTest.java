package id.go.bartim.pelatihan.disnaker.certificate;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verification code of SPEC 11, without a database. */
class VerificationCodesTest {

    @Test
    void a_code_is_10_characters_of_the_alphabet() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1_000; i++) {
            String code = VerificationCodes.next(random);
            assertEquals(10, code.length());
            assertTrue(code.chars().allMatch(ch -> VerificationCodes.ALPHABET.indexOf(ch) >= 0), code);
            assertTrue(VerificationCodes.isCode(code), code);
        }
    }

    @Test
    void the_alphabet_has_32_symbols_without_I_O_0_1() {
        assertEquals(32, VerificationCodes.ALPHABET.chars().distinct().count());
        for (char confusable : new char[] {'I', 'O', '0', '1'}) {
            assertEquals(-1, VerificationCodes.ALPHABET.indexOf(confusable), String.valueOf(confusable));
        }
    }

    @Test
    void draws_every_symbol_of_the_alphabet() {
        Random seeded = new Random(42);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            VerificationCodes.next(seeded).chars().forEach(ch -> seen.add((char) ch));
        }
        assertEquals(32, seen.size());
    }

    @Test
    void tells_a_code_from_other_text() {
        assertTrue(VerificationCodes.isCode("K7MX2QHT9C"));
        assertFalse(VerificationCodes.isCode(null));
        assertFalse(VerificationCodes.isCode("K7MX2QHT9"));
        assertFalse(VerificationCodes.isCode("K7MX2QHT9CC"));
        assertFalse(VerificationCodes.isCode("k7mx2qht9c"));
        assertFalse(VerificationCodes.isCode("K7MX2QHT9O"));
        assertFalse(VerificationCodes.isCode("K7MX2QHT91"));
    }
}
