package id.go.bartim.pelatihan.disnaker.certificate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate number of SPEC 4, without a database. */
class CertificateNumbersTest {

    @Test
    void number_is_DISNAKERTRANS_BARTIM_programCode_year_NNNNNN() {
        assertEquals("DISNAKERTRANS-BARTIM/PTK-01/2026/000042", CertificateNumbers.format("PTK-01", 2026, 42));
        assertEquals("DISNAKERTRANS-BARTIM/LASWLD-1234/2031/123456",
                CertificateNumbers.format("LASWLD-1234", 2031, 123_456));
    }

    @Test
    void sequential_per_year_from_000001() {
        assertEquals("DISNAKERTRANS-BARTIM/PTK-01/2026/000001", CertificateNumbers.format("PTK-01", 2026, 1));
        assertEquals("DISNAKERTRANS-BARTIM/PTK-01/2026/000002", CertificateNumbers.format("PTK-01", 2026, 2));
        assertEquals("DISNAKERTRANS-BARTIM/PTK-01/2027/000001", CertificateNumbers.format("PTK-01", 2027, 1));
    }

    @Test
    void no_number_outside_000001_to_999999() {
        assertEquals("DISNAKERTRANS-BARTIM/PTK-01/2026/999999", CertificateNumbers.format("PTK-01", 2026, 999_999));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.format("PTK-01", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.format("PTK-01", 2026, 1_000_000));
    }

    @Test
    void recognises_a_number_as_issued_and_nothing_else() {
        assertTrue(CertificateNumbers.isNumber(CertificateNumbers.format("PTK-01", 2026, 1)));
        assertFalse(CertificateNumbers.isNumber("6204011503900001"), "a NIK typed into the path");
        assertFalse(CertificateNumbers.isNumber("DISNAKERTRANS-BARTIM/PTK-01/2026/1"), "the sequence has six digits");
        assertFalse(CertificateNumbers.isNumber("DISNAKERTRANS-BARTIM/ptk-01/2026/000001"), "program codes are capitals");
    }
}
