package id.go.bartim.pelatihan.disnaker.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cek sertifikat (SPEC 11): anyone, without a token, checks a certificate by its number and verification code, as an
 * employer does with the paper in hand. Field lengths are checked before the database is asked.
 */
@Path("/api/v1/public/certificates/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification", description = "Checks anyone may make without a token")
public class PublicVerificationResource {

    @Inject
    CertificateVerification verification;

    @GET
    @PermitAll
    @SecurityRequirements({}) // in the OpenAPI document: no token needed
    @Operation(summary = "Verify a certificate", description = "No token. Answers valid: true with the program, year "
            + "and issue date when number and code belong to one certificate; a revoked certificate answers valid: "
            + "false with status REVOKED, the same and revokedOn (never the reason); an unknown number and a wrong "
            + "code get the same answer, valid: false. With name, nameMatches says whether it is the holder's name, "
            + "case and spaces aside; the name itself is never returned. Limited per client address "
            + "(APP_PUBLIC_RATE_LIMIT).")
    @APIResponse(responseCode = "200", description = "The answer; valid: false for an unknown number or a wrong code "
            + "(nothing else), or for a revoked certificate (status REVOKED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationAnswer.class),
                    examples = {
                            @ExampleObject(name = "valid", summary = "Number and code match; a name was given",
                                    value = """
                                            {"valid": true, "status": "VALID", "programCode": "PTK-01",
                                             "programName": "Pertukangan Kayu", "year": 2026,
                                             "issuedOn": "2026-04-24", "nameMatches": true}"""),
                            @ExampleObject(name = "revoked", summary = "Number and code match a revoked "
                                    + "certificate; a name was given", value = """
                                            {"valid": false, "status": "REVOKED", "programCode": "PTK-01",
                                             "programName": "Pertukangan Kayu", "year": 2026,
                                             "issuedOn": "2026-04-24", "revokedOn": "2026-05-04",
                                             "nameMatches": true}"""),
                            @ExampleObject(name = "invalid", summary = "Unknown number, or wrong code",
                                    value = "{\"valid\": false}")}))
    @APIResponse(responseCode = "400", description = "number or code missing, or a field longer than it can be; "
            + "errors names the field")
    @APIResponse(responseCode = "429", description = "rate-limited: too many requests from this address in a minute; "
            + "Retry-After gives the seconds to wait")
    public VerificationAnswer verify(
            @QueryParam("number") @Parameter(description = "Certificate number, as printed",
                    example = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001")
            @NotBlank @Size(max = CertificateVerification.MAX_NUMBER) String number,
            @QueryParam("code") @Parameter(description = "Verification code, as printed (10 characters)",
                    example = "K7MX2QHT9C")
            @NotBlank @Size(max = VerificationCodes.LENGTH) String code,
            @QueryParam("name") @Parameter(description = "The holder's name, to check against the certificate "
                    + "(optional; never stored, logged or returned)", example = "Budi Santoso")
            @Size(max = CertificateVerification.MAX_NAME) String name) {
        return verification.verify(number, code, name == null || name.isBlank() ? null : name);
    }
}
