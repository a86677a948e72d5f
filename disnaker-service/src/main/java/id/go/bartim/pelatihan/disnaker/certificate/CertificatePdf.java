package id.go.bartim.pelatihan.disnaker.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a certificate's paper as a one-page PDF, A4 landscape (SPEC 11), from a {@link CertificatePaper} alone: no
 * database, no HTTP. In Bahasa Indonesia, issued by Disnakertrans; it prints only what the paper holds.
 *
 * <p>Every text is set in Liberation Sans Regular (SIL Open Font License 1.1), the font PDFBox ships in its own jar
 * as its last resort, embedded as a subset: a name written in Latin letters with any accents (Ayşe, Nguyễn) prints as
 * written. A text with a character the font lacks (Chinese, say) is refused (UNPRINTABLE_TEXT), never printed as
 * something else. Embedding every font also keeps PDFBox's FontMapper idle: creating any font that is not embedded,
 * a standard 14 one included, makes it scan the system's fonts, which can take seconds. PDFBox is loaded with the
 * first certificate asked for, not at start-up.
 */
public final class CertificatePdf {

    /** A4 turned on its side: 842 x 595 points. */
    public static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String ISSUER = "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Barito Timur";

    private static final float WIDTH = PAGE.getWidth();
    private static final float CENTRE = WIDTH / 2;
    private static final float TEXT_WIDTH = 700;
    private static final float QR_X = 60;
    private static final float QR_Y = 58;
    private static final float QR_SIZE = 112;
    private static final float SIGNATURE_CENTRE = 640;

    private CertificatePdf() {
    }

    /** The paper as PDF bytes; refuses (UNPRINTABLE_TEXT) a text the font cannot print. */
    public static byte[] render(CertificatePaper paper) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontBytes.BYTES));
                PDDocument document = new PDDocument()) {
            Texts texts = new Texts(ttf.getUnicodeCmapLookup(), paper);
            PDFont font = PDType0Font.load(document, ttf, true);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            document.getDocumentInformation().setTitle("Sertifikat Pelatihan " + paper.number());
            document.getDocumentInformation().setAuthor(ISSUER);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, font).draw(paper, texts);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("laying out certificate " + paper.number(), e);
        }
    }

    /** The paper's texts, each checked against the font and in composed form (NFC), so an accent is one glyph. */
    private record Texts(String holderName, String programName, List<String> competencyUnits, String signatoryName,
                         String signatoryNip, String shortAddress) {

        Texts(CmapLookup cmap, CertificatePaper paper) {
            this(printable(cmap, "holder's name", paper.holderName()),
                    printable(cmap, "program name", paper.programName()),
                    paper.competencyUnits().stream().map(u -> printable(cmap, "competency unit", u)).toList(),
                    printable(cmap, "signatory's name", paper.signatoryName()),
                    printable(cmap, "signatory's NIP", paper.signatoryNip()),
                    printable(cmap, "verification address", paper.verifyAddress().shortForm()));
        }

        /** Never echoes the text: it may be a person's name. */
        private static String printable(CmapLookup cmap, String what, String text) {
            String composed = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
            if (!composed.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0)) {
                throw new Refused(DisnakerRefusal.UNPRINTABLE_TEXT, "The " + what + " has a character the "
                        + "certificate's font cannot print, so no certificate is made rather than one that shows "
                        + "it differently");
            }
            return composed;
        }
    }

    /** Where each part of the paper goes. */
    private record Layout(PDPageContentStream content, PDFont font) {

        void draw(CertificatePaper paper, Texts texts) throws IOException {
            border();
            centred("PEMERINTAH KABUPATEN BARITO TIMUR", 13, 532, false);
            centred("DINAS TENAGA KERJA DAN TRANSMIGRASI", 16, 512, true);
            line(130, 500, WIDTH - 130, 500, 1f);
            centred("SERTIFIKAT PELATIHAN", 30, 455, true);
            centred("Nomor: " + paper.number(), 11, 434, false);
            centred("Diberikan kepada:", 12, 404, false);
            centred(texts.holderName(), fitted(texts.holderName(), 26), 370, true);
            centred("yang telah mengikuti dan dinyatakan kompeten dalam pelatihan", 12, 342, false);
            centred(texts.programName(), fitted(texts.programName(), 18), 316, true);
            centred("dengan jumlah " + paper.trainingHours() + " jam pelatihan", 12, 295, false);
            units(texts.competencyUnits());
            verification(paper, texts);
            signature(paper, texts);
        }

        private void border() throws IOException {
            content.setLineWidth(2.5f);
            content.addRect(18, 18, WIDTH - 36, PAGE.getHeight() - 36);
            content.stroke();
            content.setLineWidth(0.8f);
            content.addRect(26, 26, WIDTH - 52, PAGE.getHeight() - 52);
            content.stroke();
        }

        /** The units, comma-separated and wrapped, smaller until they fit their box (50 units of 40 characters do). */
        private void units(List<String> units) throws IOException {
            if (units.isEmpty()) {
                return;
            }
            centred("Unit kompetensi:", 10, 272, false);
            String all = String.join(", ", units);
            float top = 258;
            float room = 62;
            for (float size = 10; ; size -= 0.5f) {
                List<String> lines = wrap(all, size, TEXT_WIDTH);
                float leading = size * 1.25f;
                if (lines.size() * leading <= room || size <= 5) {
                    float y = top;
                    for (String l : lines) {
                        centred(l, size, y, false);
                        y -= leading;
                    }
                    return;
                }
            }
        }

        private void verification(CertificatePaper paper, Texts texts) throws IOException {
            qr(paper.verifyAddress().full());
            float x = QR_X + QR_SIZE + 16;
            text("Keaslian sertifikat ini dapat diperiksa:", 9, x, 150, false);
            text("pindai kode QR, atau buka " + texts.shortAddress(), 9, x, 137, false);
            text("lalu masukkan nomor sertifikat dan kode verifikasi.", 9, x, 124, false);
            text("Kode verifikasi:", 9, x, 104, false);
            text(paper.verificationCode(), 14, x, 86, true);
        }

        private void signature(CertificatePaper paper, Texts texts) throws IOException {
            centredAt("Tamiang Layang, " + IndonesianDates.format(paper.issuedOn()), 11, SIGNATURE_CENTRE, 196);
            centredAt("Kepala Dinas Tenaga Kerja dan Transmigrasi", 11, SIGNATURE_CENTRE, 181);
            centredAt("Kabupaten Barito Timur", 11, SIGNATURE_CENTRE, 167);
            String name = texts.signatoryName();
            float size = 11;
            float width = width(name, size);
            text(name, size, SIGNATURE_CENTRE - width / 2, 96, true);
            line(SIGNATURE_CENTRE - width / 2, 93, SIGNATURE_CENTRE + width / 2, 93, 0.6f);
            centredAt("NIP. " + texts.signatoryNip(), 10, SIGNATURE_CENTRE, 80);
        }

        /** The QR code drawn module by module as squares: sharp at any zoom and in print, and no image to embed. */
        private void qr(String address) throws IOException {
            BitMatrix modules;
            try {
                modules = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                        EncodeHintType.CHARACTER_SET, "UTF-8",
                        EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalStateException("the verification address does not fit a QR code", e);
            }
            float module = QR_SIZE / modules.getWidth();
            for (int row = 0; row < modules.getHeight(); row++) {
                for (int col = 0; col < modules.getWidth(); col++) {
                    if (modules.get(col, row)) {
                        content.addRect(QR_X + col * module, QR_Y + QR_SIZE - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        }

        /** The size, from {@code size} down, at which {@code text} fits the text width. */
        private float fitted(String text, float size) throws IOException {
            float fits = size;
            while (fits > 8 && width(text, fits) > TEXT_WIDTH) {
                fits -= 0.5f;
            }
            return fits;
        }

        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(candidate, size) > maxWidth) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private void centred(String text, float size, float y, boolean bold) throws IOException {
            text(text, size, CENTRE - width(text, size) / 2, y, bold);
        }

        private void centredAt(String text, float size, float centre, float y) throws IOException {
            text(text, size, centre - width(text, size) / 2, y, false);
        }

        /** The font has no bold face: bold is the glyphs filled and outlined. */
        private void text(String text, float size, float x, float y, boolean bold) throws IOException {
            content.setLineWidth(size * 0.018f);
            content.beginText();
            content.setFont(font, size);
            content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private void line(float x1, float y1, float x2, float y2, float width) throws IOException {
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }

    /** The font's bytes, read once, when the first certificate is laid out. */
    private static final class FontBytes {

        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_RESOURCE + " is not in the PDFBox jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
