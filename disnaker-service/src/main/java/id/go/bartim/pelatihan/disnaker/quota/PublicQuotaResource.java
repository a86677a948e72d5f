package id.go.bartim.pelatihan.disnaker.quota;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * The public progress of "1.000 Tenaga Kerja Terlatih" (SPEC 11) as JSON, for anyone without a token; the page
 * {@code /progress} shows the same value. Rate-limited with the other public paths (platform PublicRateLimitFilter).
 */
@Path("/api/v1/public/quota")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public progress", description = "The progress of 1.000 Tenaga Kerja Terlatih, for anyone")
public class PublicQuotaResource {

    @Inject
    PublicProgress progress;

    @GET
    @Path("/{year}")
    @PermitAll
    @SecurityRequirements({}) // in the OpenAPI document: no token needed
    @Operation(summary = "Public progress of a year", description = "No token. Target, people trained and reserved, "
            + "by program, trained by month (of the first certificate; a class ending in the next year counts in "
            + "December) and by sex. A count from 1 to 4 is null with suppressed: true and reason SMALL_COUNT; in a breakdown, "
            + "other cells are hidden with it, smallest first (reason COMPLEMENT), until no small count can be worked "
            + "out from the total; when even that is not enough, the total and all its breakdowns are hidden. A year "
            + "without a target set has the default target, 1000, and zeros. Nothing per partner. Limited per client "
            + "address (APP_PUBLIC_RATE_LIMIT).")
    @APIResponse(responseCode = "200", description = "The progress of the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicQuotaView.class),
                    examples = @ExampleObject(name = "progress", value = """
                            {"year": 2026, "target": 1000, "trained": {"count": 29, "suppressed": false},
                             "reserved": {"count": null, "suppressed": true, "reason": "SMALL_COUNT"},
                             "byProgram": [{"programCode": "PTK-01", "programName": "Pertukangan Kayu",
                                            "trained": {"count": 20, "suppressed": false},
                                            "reserved": {"count": null, "suppressed": true, "reason": "SMALL_COUNT"}},
                                           {"programCode": "PSM-02", "programName": "Perbengkelan Sepeda Motor",
                                            "trained": {"count": null, "suppressed": true, "reason": "COMPLEMENT"},
                                            "reserved": {"count": 0, "suppressed": false}},
                                           {"programCode": "TBG-03", "programName": "Tata Boga",
                                            "trained": {"count": null, "suppressed": true, "reason": "SMALL_COUNT"},
                                            "reserved": {"count": 0, "suppressed": false}}],
                             "trainedByMonth": [{"month": "2026-03", "trained": {"count": 20, "suppressed": false}},
                                                {"month": "2026-05", "trained": {"count": 9, "suppressed": false}}],
                             "bySex": [{"sex": "MALE", "trained": {"count": 29, "suppressed": false}},
                                       {"sex": "FEMALE", "trained": {"count": 0, "suppressed": false}}]}""")))
    @APIResponse(responseCode = "400", description = "year is not a year from 2000 to 2100")
    @APIResponse(responseCode = "429", description = "rate-limited: too many requests from this address in a minute; "
            + "Retry-After gives the seconds to wait")
    public PublicQuotaView year(@PathParam("year") @Parameter(description = "The quota year", example = "2026")
                                @Min(value = 2000, message = "must be between 2000 and 2100")
                                @Max(value = 2100, message = "must be between 2000 and 2100") int year) {
        return progress.of(year);
    }
}
