package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.testing.PdfPapers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate's paper (SPEC 11), read back as a reader of the PDF would: its text, its page, its QR code. */
class CertificatePdfTest {

    private static final String NUMBER = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001";
    private static final String CODE = "K7MX2QHT9C";
    private static final VerifyAddress ADDRESS = VerifyAddress.of("https://pelatihan.bartim.go.id/", NUMBER, CODE);

    @Test
    void shows_the_holder_the_program_its_hours_and_units_the_number_the_date_and_the_code() throws IOException {
        String text = PdfPapers.text(CertificatePdf.render(paper("Siti Nurhaliza")));

        assertContains(text, "Siti Nurhaliza");
        assertContains(text, "Pertukangan Kayu");
        assertContains(text, "160 jam");
        assertContains(text, "F.45KKK00.001.1");
        assertContains(text, "F.45KKK00.002.1");
        assertContains(text, NUMBER);
        assertContains(text, "24 April 2026");
        assertContains(text, CODE);
        assertContains(text, "SERTIFIKAT PELATIHAN");
        assertContains(text, "Kepala Dinas Tenaga Kerja dan Transmigrasi");
        assertContains(text, "Kabupaten Barito Timur");
        assertContains(text, "Budi Hartono, S.E.");
        assertContains(text, "NIP. 19700101 199503 1 001");
        assertContains(text, "pelatihan.bartim.go.id/verify");
    }

    @Test
    void never_mentions_detention_nor_the_partner() throws IOException {
        String text = PdfPapers.text(CertificatePdf.render(paper("Siti Nurhaliza"))).toLowerCase(Locale.ROOT);
        for (String word : List.of("rutan", "tahanan", "warga binaan", "lapas", "pemasyarakatan", "wbp",
                "rutan-tml")) {
            assertFalse(text.contains(word), word);
        }
    }

    @Test
    void is_one_page_of_a4_landscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(paper("Siti Nurhaliza")))) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), page.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), page.getHeight(), 0.5);
        }
    }

    @Test
    void its_qr_code_opens_the_verification_page_with_number_and_code() throws Exception {
        assertEquals("https://pelatihan.bartim.go.id/verify?number=DISNAKERTRANS-BARTIM%2FPTK-01%2F2026%2F000001"
                + "&code=K7MX2QHT9C", PdfPapers.qrCode(CertificatePdf.render(paper("Siti Nurhaliza"))));
    }

    @Test
    void prints_a_name_with_letters_beyond_win_ansi_as_written() throws IOException {
        String vietnamese = "Nguyễn Thị Ánh";
        String turkish = "Ayşe Çelik";
        assertContains(PdfPapers.text(CertificatePdf.render(paper(vietnamese))), vietnamese);
        assertContains(PdfPapers.text(CertificatePdf.render(paper(turkish))), turkish);
    }

    @Test
    void prints_a_name_typed_with_combining_accents_in_composed_form() throws IOException {
        assertContains(PdfPapers.text(CertificatePdf.render(paper("Jose\u0301 Ramos"))), "José Ramos");
    }

    @Test
    void refuses_a_name_the_font_cannot_print_without_repeating_it() {
        Refused refused = assertThrows(Refused.class, () -> CertificatePdf.render(paper("李小龍")));
        assertEquals(DisnakerRefusal.UNPRINTABLE_TEXT, refused.refusal());
        assertTrue(refused.getMessage().contains("holder's name"), refused.getMessage());
        assertFalse(refused.getMessage().contains("李"), refused.getMessage());
    }

    @Test
    void prints_the_most_units_a_program_may_have() throws IOException {
        List<String> units = IntStream.rangeClosed(1, 50).mapToObj(i -> "UNIT-%02d-".formatted(i) + "X".repeat(32))
                .toList();
        CertificatePaper paper = new CertificatePaper("Siti Nurhaliza", "Pertukangan Kayu", 160, units, NUMBER,
                LocalDate.of(2026, 4, 24), CODE, ADDRESS, "Budi Hartono, S.E.", "19700101 199503 1 001");
        String text = PdfPapers.text(CertificatePdf.render(paper)).replaceAll("\\s+", " ");
        assertContains(text, units.get(0));
        assertContains(text, units.get(49));
        assertContains(text, CODE);
    }

    @Test
    void prints_no_unit_heading_for_a_program_without_units() throws IOException {
        CertificatePaper paper = new CertificatePaper("Siti Nurhaliza", "Pertukangan Kayu", 160, List.of(), NUMBER,
                LocalDate.of(2026, 4, 24), CODE, ADDRESS, "Budi Hartono, S.E.", "19700101 199503 1 001");
        assertFalse(PdfPapers.text(CertificatePdf.render(paper)).contains("Unit kompetensi"));
    }

    static CertificatePaper paper(String holder) {
        return new CertificatePaper(holder, "Pertukangan Kayu", 160, List.of("F.45KKK00.001.1", "F.45KKK00.002.1"),
                NUMBER, LocalDate.of(2026, 4, 24), CODE, ADDRESS, "Budi Hartono, S.E.", "19700101 199503 1 001");
    }



    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "no \"" + part + "\" in:\n" + text);
    }
}
