package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.UUID;

/**
 * Disnaker's enrollment decisions (SPEC 4), read-only: they come to exist from the rutan's events. Reading one is
 * audited (SPEC 9).
 */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollment decisions", description = "Accepted or rejected enrollments, and what became of them")
public class EnrollmentDecisionResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "List enrollment decisions", description = "Newest decision first (then by enrollment "
            + "id); filter by status, program code and quota year. No personal data: the person is named by "
            + "participantId only. Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "A page of enrollment decisions")
    public PageView<EnrollmentDecisionView> list(
            @Valid @BeanParam PageQuery paging,
            // Taken as text: an enum or int query parameter that fails to convert would answer 404, not 400.
            @QueryParam("status") @Parameter(description = "ACCEPTED, REJECTED, COMPLETED, NOT_COMPETENT or WITHDRAWN",
                    schema = @Schema(enumeration = {"ACCEPTED", "REJECTED", "COMPLETED", "NOT_COMPETENT", "WITHDRAWN"}))
            String status,
            @QueryParam("programCode") @Parameter(description = "Program code, exact, e.g. PTK-01") String programCode,
            @QueryParam("year") @Parameter(description = "Quota year: the year the class starts",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @Pattern(regexp = "^(20[0-9]{2}|2100)$", message = "must be a year from 2000 to 2100") String year) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        DecisionStatus wanted = parseStatus(status);
        if (wanted != null) {
            where.append(" and status = :status");
            params.and("status", wanted);
        }
        if (programCode != null && !programCode.isBlank()) {
            where.append(" and programCode = :programCode");
            params.and("programCode", programCode.strip());
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", Integer.parseInt(year));
        }
        var query = EnrollmentDecision.<EnrollmentDecision>find(where.toString(),
                Sort.descending("decidedAt").and("enrollmentId"), params).page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(EnrollmentDecisionView::of).toList(),
                paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{enrollmentId}")
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Read an enrollment decision", description = "One person's decision: every read is "
            + "recorded in the audit log. Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "The decision; ETag carries its version",
            content = @Content(schema = @Schema(implementation = EnrollmentDecisionView.class)))
    @APIResponse(responseCode = "404", description = "No decision on this enrollment (also for an id that is "
            + "not a UUID)")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public Response get(@PathParam("enrollmentId") @Parameter(description = "The rutan's enrollment id (UUID)")
                        UUID enrollmentId) {
        EnrollmentDecision decision = EnrollmentDecision.findById(enrollmentId);
        if (decision == null) {
            throw new NotFound("Enrollment", enrollmentId);
        }
        audit.read(EnrollmentDecision.AUDIT_TYPE, enrollmentId);
        return Response.ok(EnrollmentDecisionView.of(decision)).tag(Long.toString(decision.version)).build();
    }

    private static DecisionStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DecisionStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(DecisionStatus.values()));
        }
    }
}
