package id.go.bartim.pelatihan.disnaker.certificate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 11's nameMatches on a certificate that keeps only a salted hash of its holder's name (SPEC 9). */
class HolderNameTest {

    @Test
    void a_name_matches_whatever_its_case_and_spaces() {
        HolderName.Hashed kept = HolderName.hash("Siti Nur Haliza");

        assertTrue(HolderName.matches(kept.salt(), kept.hash(), "Siti Nur Haliza"));
        assertTrue(HolderName.matches(kept.salt(), kept.hash(), "SITI NUR HALIZA"));
        assertTrue(HolderName.matches(kept.salt(), kept.hash(), "  siti   nurhaliza\t"));
        assertTrue(HolderName.matches(kept.salt(), kept.hash(), "SitiNurHaliza"));
    }

    @Test
    void another_name_does_not_match() {
        HolderName.Hashed kept = HolderName.hash("Siti Nur Haliza");

        assertFalse(HolderName.matches(kept.salt(), kept.hash(), "Siti Nur Halizah"));
        assertFalse(HolderName.matches(kept.salt(), kept.hash(), ""));
        assertFalse(HolderName.matches(kept.salt(), kept.hash(), null));
    }

    @Test
    void the_same_name_is_kept_differently_on_each_certificate() {
        HolderName.Hashed one = HolderName.hash("Budi Santoso");
        HolderName.Hashed other = HolderName.hash("Budi Santoso");

        assertNotEquals(one.salt(), other.salt());
        assertNotEquals(one.hash(), other.hash());
        assertEquals(32, one.salt().length());
        assertEquals(64, one.hash().length());
    }

    @Test
    void the_hash_is_sha256_of_the_salt_followed_by_the_normalised_name() {
        assertEquals("budisantoso", HolderName.normalise(" Budi\u2003SANTOSO\n"));
        // sha256("00budisantoso") in hex, as migration V6 computes it in SQL for the certificates issued before
        assertEquals("5f4bda324fc152ef66ede9354eeb21256f1bf063fbc8ee6f18f12cac5a415256",
                HolderName.hash("00", "BUDI SANTOSO"));
    }

    @Test
    void a_name_stored_with_combining_accents_matches_it_typed_composed_and_the_other_way_round() {
        HolderName.Hashed decomposed = HolderName.hash("Jose\u0301 Nguye\u0302\u0303n");
        assertTrue(HolderName.matches(decomposed.salt(), decomposed.hash(), "José Nguyễn"));
        HolderName.Hashed composed = HolderName.hash("José Nguyễn");
        assertTrue(HolderName.matches(composed.salt(), composed.hash(), "Jose\u0301 Nguye\u0302\u0303n"));
        assertFalse(HolderName.matches(composed.salt(), composed.hash(), "Jose Nguyen"));
    }
}
