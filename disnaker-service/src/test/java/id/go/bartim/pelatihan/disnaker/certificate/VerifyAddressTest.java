package id.go.bartim.pelatihan.disnaker.certificate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verification address a certificate prints (SPEC 11). */
class VerifyAddressTest {

    private static final String NUMBER = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001";

    @Test
    void puts_the_url_encoded_number_and_the_code_on_the_verification_page() {
        assertEquals("http://localhost:8082/verify?number=DISNAKERTRANS-BARTIM%2FPTK-01%2F2026%2F000001"
                + "&code=K7MX2QHT9C", VerifyAddress.of("http://localhost:8082", NUMBER, "K7MX2QHT9C").full());
    }

    @Test
    void doubles_no_slash_when_the_base_ends_with_one() {
        assertEquals(VerifyAddress.of("https://pelatihan.bartim.go.id", NUMBER, "K7MX2QHT9C"),
                VerifyAddress.of("https://pelatihan.bartim.go.id//", NUMBER, "K7MX2QHT9C"));
    }

    @Test
    void keeps_a_path_prefix_of_the_base() {
        VerifyAddress address = VerifyAddress.of("https://bartim.go.id/pelatihan/", NUMBER, "K7MX2QHT9C");
        assertEquals("https://bartim.go.id/pelatihan/verify?number=DISNAKERTRANS-BARTIM%2FPTK-01%2F2026%2F000001"
                + "&code=K7MX2QHT9C", address.full());
        assertEquals("bartim.go.id/pelatihan/verify", address.shortForm());
    }

    @Test
    void its_short_form_is_the_page_without_scheme_to_type_by_hand() {
        assertEquals("pelatihan.bartim.go.id/verify",
                VerifyAddress.of("https://pelatihan.bartim.go.id", NUMBER, "K7MX2QHT9C").shortForm());
        assertEquals("localhost:8082/verify", VerifyAddress.of("http://localhost:8082", NUMBER, "K7MX2QHT9C")
                .shortForm());
    }
}
