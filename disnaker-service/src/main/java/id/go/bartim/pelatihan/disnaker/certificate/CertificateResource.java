package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.web.Negotiation;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sertifikat (SPEC 4, 11): issued for each COMPETENT completion; reading one is audited; an officer may revoke one.
 * A certificate is JSON by default and its paper as PDF when asked for with {@code Accept: application/pdf}.
 */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Certificates issued for COMPETENT completions")
public class CertificateResource {

    private static final String OFFICER = "disnaker-officer";
    static final String PDF = "application/pdf";
    private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);
    /** The audit action of a PDF: a read that hands out the paper, verification code included. */
    static final String DOWNLOAD = "DOWNLOAD";

    @Inject
    AuditLog audit;

    @Inject
    CertificatePapers papers;

    @Inject
    CurrentActor actor;

    @Inject
    CertificateRevocation revocation;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "List certificates", description = "Sorted by year, then sequence; filter by year. "
            + "status (VALID or REVOKED) for every reader. verificationCode is shown to disnaker-officer only. "
            + "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "A page of certificates")
    public PageView<CertificateView> list(
            @Valid @BeanParam PageQuery paging,
            // Taken as text: an int query parameter that fails to convert would answer 404, not 400.
            @QueryParam("year") @Parameter(description = "Year of issue numbering (the quota year)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @Pattern(regexp = "^(20[0-9]{2}|2100)$", message = "must be a year from 2000 to 2100") String year) {
        Sort order = Sort.by("year").and("sequence");
        var query = year == null
                ? Certificate.<Certificate>findAll(order)
                : Certificate.<Certificate>find("year", order, Integer.parseInt(year));
        query.page(Page.of(paging.page(), paging.size()));
        boolean officer = actor.hasRole(OFFICER);
        return new PageView<>(query.list().stream().map(c -> CertificateView.of(c, officer)).toList(), paging.page(),
                paging.size(), query.count());
    }

    @GET
    @Path("/{number: .+}")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Read a certificate, as JSON or as its PDF", description = "The number's slashes stand as "
            + "issued: /api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001. One person's certificate: every "
            + "read is recorded in the audit log. JSON by default: status (VALID or REVOKED, with revokedOn and "
            + "revocationReason) for every reader, verificationCode for disnaker-officer only. "
            + "With Accept: application/pdf (asked for ahead of JSON), the certificate as its holder receives it "
            + "(SPEC 11): A4 landscape, in Bahasa Indonesia, issued by Disnakertrans, with the holder's name, the "
            + "program, its hours and competency units, the number, the issue date, the signature block of the Kepala "
            + "Disnakertrans Barito Timur (APP_CERTIFICATE_SIGNATORY_NAME, APP_CERTIFICATE_SIGNATORY_NIP), the "
            + "verification code and a QR code of the verification page (APP_PUBLIC_BASE_URL). The PDF is made on "
            + "demand, never stored, served inline, its download recorded in the audit log as DOWNLOAD; it shows the "
            + "verification code, so it is for disnaker-officer only. Roles: disnaker-officer, disnaker-viewer (JSON).")
    @APIResponse(responseCode = "200", description = "The certificate: JSON, or the PDF (Content-Disposition inline)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificateView.class)),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "forbidden: not a disnaker role; or a disnaker-viewer asked for "
            + "the PDF, which shows the verification code")
    @APIResponse(responseCode = "404", description = "No certificate with this number")
    @APIResponse(responseCode = "409", description = "certificate-revoked (PDF only): a revoked certificate's paper is "
            + "no longer made")
    @APIResponse(responseCode = "410", description = "holder-name-removed (PDF only): retention anonymised the holder "
            + "(SPEC 9), so the paper, which shows the name, cannot be made; the certificate can still be verified")
    @APIResponse(responseCode = "422", description = "unprintable-text (PDF only): the holder's name, or another text "
            + "of the paper, has a character the certificate's font cannot print; no PDF rather than a wrong name")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public Response get(@PathParam("number") @Parameter(description = "Certificate number, slashes included",
            example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001") String number, @Context HttpHeaders headers) {
        boolean officer = actor.hasRole(OFFICER);
        if (!Negotiation.prefers(headers, PDF_TYPE)) {
            Certificate certificate = find(number);
            audit.read(Certificate.AUDIT_TYPE, number);
            return Response.ok(CertificateView.of(certificate, officer), MediaType.APPLICATION_JSON).build();
        }
        if (!officer) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "The certificate's PDF shows its verification code: it is for disnaker-officer only");
        }
        byte[] pdf = papers.pdf(find(number));
        audit.read(DOWNLOAD, Certificate.AUDIT_TYPE, number);
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"" + number.replace('/', '_') + ".pdf\"")
                .build();
    }

    private static Certificate find(String number) {
        Certificate certificate = Certificate.findById(number);
        if (certificate == null) {
            // Echo the number only when it is one: whatever else was typed into the path may be personal data.
            throw CertificateNumbers.isNumber(number) ? ProblemException.notFound("Certificate", number)
                    : new ProblemException(404, "not-found", "Not found", "No certificate has this number");
        }
        return certificate;
    }

    @POST
    @Path("/{number: .+}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(OFFICER)
    @Operation(summary = "Revoke a certificate", description = "The certificate becomes REVOKED, for good, with the "
            + "reason (trimmed) and today's date (WIB); disnaker.certificate.revoked.v1 tells the rutan. Its number is "
            + "never given to another certificate. A public verification then answers valid: false, status REVOKED "
            + "(never the reason). The number's slashes stand as issued: "
            + "/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001/revocation. Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "Revoked; the certificate with its revocation",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: no body, or a reason that is blank or over "
            + CertificateRules.REASON_MAX_LENGTH + " characters (errors[] names reason)")
    @APIResponse(responseCode = "404", description = "No certificate with this number")
    @APIResponse(responseCode = "409", description = "certificate-already-revoked: a revocation is final")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevocationRequest.class),
            examples = @ExampleObject(name = "revocation", value = """
                    {"reason": "Penilaian dibatalkan oleh asesor: diterbitkan atas penilaian yang salah"}""")))
    public Response revoke(@PathParam("number") @Parameter(description = "Certificate number, slashes included",
                                   example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001") String number,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry safe")
                           String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") RevocationRequest request) {
        // A replay serves the certificate again: audited as a read of it (SPEC 9), named by its number
        return idempotency.execute(idempotencyKey, request, Certificate.AUDIT_TYPE, "number", () ->
                Response.ok(CertificateView.of(revocation.revoke(number, request.reason()), true)).build());
    }
}
