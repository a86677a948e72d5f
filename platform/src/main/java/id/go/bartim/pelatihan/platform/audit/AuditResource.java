package id.go.bartim.pelatihan.platform.audit;

import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, newest first, for the officers of this service (SPEC 7). */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${app.security.officer-role}")
@Tag(name = "Audit", description = "Who read or wrote personal data, and when")
public class AuditResource {

    @GET
    @Operation(summary = "List audit events", description = "Newest first. Officer role only. "
            + "Filter by the acting token subject or the resource type.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public PageView<AuditEventView> list(@Valid @BeanParam PageQuery paging,
                                         @QueryParam("actor") String actor,
                                         @QueryParam("resourceType") String resourceType) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            params.and("actor", actor);
        }
        if (resourceType != null && !resourceType.isBlank()) {
            where.append(" and resourceType = :type");
            params.and("type", resourceType);
        }
        var query = AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("id"), params)
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(AuditEventView::of).toList(),
                paging.page(), paging.size(), query.count());
    }
}
