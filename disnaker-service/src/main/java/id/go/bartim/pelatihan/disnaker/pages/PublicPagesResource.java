package id.go.bartim.pelatihan.disnaker.pages;

import id.go.bartim.pelatihan.disnaker.certificate.CertificateStatus;
import id.go.bartim.pelatihan.disnaker.certificate.CertificateVerification;
import id.go.bartim.pelatihan.disnaker.certificate.VerificationAnswer;
import id.go.bartim.pelatihan.disnaker.certificate.VerificationCodes;
import id.go.bartim.pelatihan.disnaker.quota.PublicProgress;
import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The public pages for people (SPEC 11), in Bahasa Indonesia, rendered on the server and working without JavaScript:
 * {@code /verify} checks a certificate with {@link CertificateVerification}, the same check as the JSON, and
 * {@code /progress} shows {@link PublicProgress}, the same value as {@code /api/v1/public/quota/{year}}. They load
 * nothing from elsewhere (one stylesheet, from here) under a strict Content-Security-Policy, and are rate-limited with
 * the public API (app.public.pages). Left out of the OpenAPI document: they are pages, the JSON is the API.
 */
@Path("/")
@PermitAll
public class PublicPagesResource {

    /** Nothing but this service's stylesheet and the page itself; no script, frame, form elsewhere or plugin. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(VerifyPage page);

        static native TemplateInstance progress(ProgressPage page);
    }

    /** What the verify page shows: the fields as typed (never the name), an error, or the answer. */
    public record VerifyPage(String number, String code, String error, boolean answered, boolean valid,
                             boolean revoked, String program, String year, String issuedOn, String revokedOn,
                             boolean nameChecked, boolean nameMatches) {

        static VerifyPage form(String number, String code, String error) {
            return new VerifyPage(number, code, error, false, false, false, "", "", "", "", false, false);
        }

        /** The answer as a page: found (valid or revoked, with the certificate's program and dates) or not found. */
        static VerifyPage answer(String number, String code, VerificationAnswer answer) {
            if (answer.status() == null) {
                return new VerifyPage(number, code, null, true, false, false, "", "", "", "", false, false);
            }
            return new VerifyPage(number, code, null, true, answer.valid(),
                    answer.status() == CertificateStatus.REVOKED,
                    answer.programName() + " (" + answer.programCode() + ")", String.valueOf(answer.year()),
                    PageFormat.date(answer.issuedOn()),
                    answer.revokedOn() == null ? "" : PageFormat.date(answer.revokedOn()),
                    answer.nameMatches() != null, Boolean.TRUE.equals(answer.nameMatches()));
        }
    }

    /** One row of a table beside a chart. */
    public record Row(String label, String trained, String reserved) {
    }

    /** What the progress page shows, every figure already written as it reads. */
    public record ProgressPage(String year, String error, String target, String trained, String reserved,
                               String progressChart, String programChart, String monthChart, String sexChart,
                               List<Row> programs, List<Row> months, List<Row> sexes) {
    }

    @Inject
    CertificateVerification verification;

    @Inject
    PublicProgress progress;

    @Inject
    Clock clock;

    @Inject
    @Location("PublicPagesResource/pages.css")
    Template stylesheet;

    private volatile String renderedStylesheet;

    @GET
    @Path("verify")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response verify(@QueryParam("number") String number, @QueryParam("code") String code,
                           @QueryParam("name") String name) {
        String typedNumber = number == null ? "" : number.strip();
        String typedCode = code == null ? "" : code.strip();
        if (number == null && code == null && name == null) {
            return page(200, Templates.verify(VerifyPage.form("", "", null)), "no-store");
        }
        String error = refusal(typedNumber, typedCode, name);
        if (error != null) {
            return page(400, Templates.verify(VerifyPage.form(shorten(typedNumber, CertificateVerification.MAX_NUMBER),
                    shorten(typedCode, VerificationCodes.LENGTH), error)), "no-store");
        }
        boolean nameGiven = name != null && !name.isBlank();
        VerificationAnswer answer = verification.verify(typedNumber, typedCode, nameGiven ? name : null);
        return page(200, Templates.verify(VerifyPage.answer(typedNumber, typedCode, answer)), "no-store");
    }

    @GET
    @Path("progress")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response progress(@QueryParam("year") String year) {
        int current = LocalDate.ofInstant(clock.instant(), WIB).getYear();
        Integer chosen = year == null || year.isBlank() ? Integer.valueOf(current) : parseYear(year.strip());
        if (chosen == null) {
            PublicQuotaView quota = progress.of(current);
            return page(400, Templates.progress(progressPage(quota, "Tahun harus angka dari 2000 sampai 2100.")),
                    "no-store");
        }
        return page(200, Templates.progress(progressPage(progress.of(chosen), null)), "public, max-age=60");
    }

    @GET
    @Path("assets/pages.css")
    @Produces("text/css")
    @Operation(hidden = true)
    public Response stylesheet() {
        String css = renderedStylesheet;
        if (css == null) {
            // The palette is constant: rendered once, on the first request
            Map<String, String> colours = Arrays.stream(Palette.values())
                    .collect(Collectors.toMap(Enum::name, c -> c.hex));
            css = stylesheet.data("colour", colours).render();
            renderedStylesheet = css;
        }
        return Response.ok(css).header("Cache-Control", "public, max-age=3600").build();
    }

    /** Why the fields cannot be checked, in words for the person at the form; null when they can. */
    private static String refusal(String number, String code, String name) {
        if (number.isEmpty() || code.isEmpty()) {
            return "Isi nomor sertifikat dan kode verifikasi.";
        }
        if (number.length() > CertificateVerification.MAX_NUMBER) {
            return "Nomor sertifikat terlalu panjang (paling banyak " + CertificateVerification.MAX_NUMBER
                    + " karakter).";
        }
        if (code.length() > VerificationCodes.LENGTH) {
            return "Kode verifikasi terdiri dari " + VerificationCodes.LENGTH + " karakter.";
        }
        if (name != null && name.length() > CertificateVerification.MAX_NAME) {
            return "Nama terlalu panjang (paling banyak " + CertificateVerification.MAX_NAME + " karakter).";
        }
        return null;
    }

    private static String shorten(String typed, int max) {
        return typed.length() <= max ? typed : typed.substring(0, max);
    }

    private static Integer parseYear(String year) {
        if (!year.matches("[0-9]{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value >= 2000 && value <= 2100 ? value : null;
    }

    private static ProgressPage progressPage(PublicQuotaView quota, String error) {
        List<ProgressCharts.Bar> programBars = quota.byProgram().stream()
                .map(p -> new ProgressCharts.Bar(p.programName(), p.trained())).toList();
        List<ProgressCharts.Bar> monthBars = quota.trainedByMonth().stream()
                .map(m -> new ProgressCharts.Bar(PageFormat.month(m.month()), m.trained())).toList();
        List<ProgressCharts.Bar> sexBars = quota.bySex().stream()
                .map(s -> new ProgressCharts.Bar(PageFormat.sex(s.sex()), s.trained())).toList();
        return new ProgressPage(String.valueOf(quota.year()), error, PageFormat.number(quota.target()),
                PageFormat.count(quota.trained()), PageFormat.count(quota.reserved()),
                ProgressCharts.progress(quota.trained(), quota.target()),
                ProgressCharts.bars("chart-program", "Terlatih per program", programBars),
                ProgressCharts.bars("chart-month", "Terlatih per bulan", monthBars),
                ProgressCharts.bars("chart-sex", "Terlatih per jenis kelamin", sexBars),
                quota.byProgram().stream().map(p -> new Row(p.programName() + " (" + p.programCode() + ")",
                        PageFormat.count(p.trained()), PageFormat.count(p.reserved()))).toList(),
                quota.trainedByMonth().stream().map(m -> new Row(PageFormat.month(m.month()),
                        PageFormat.count(m.trained()), "")).toList(),
                quota.bySex().stream().map(s -> new Row(PageFormat.sex(s.sex()), PageFormat.count(s.trained()), ""))
                        .toList());
    }

    private static Response page(int status, TemplateInstance page, String cacheControl) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", cacheControl).build();
    }
}
