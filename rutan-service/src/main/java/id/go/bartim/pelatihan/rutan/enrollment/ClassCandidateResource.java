package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.inmate.InmateSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The inmates who could still be enrolled in a class (SPEC 10). */
@Path("/api/v1/classes/{classId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "Inmates' places in training classes; decided by disnaker")
public class ClassCandidateResource {

    @Inject
    ClassCandidates candidates;

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List a class's candidates", description = "ACTIVE inmates without a PENDING, ACCEPTED, "
            + "COMPLETED or NOT_COMPETENT enrollment in the class (after a REJECTED or WITHDRAWN one they are "
            + "candidates again) whose expectedReleaseDate is not before the class's endDate (none counts as "
            + "eligible); sorted by full name, NIK masked as in the inmate list. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of inmates")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "404", description = "No such class")
    public PageView<InmateSummary> list(@PathParam("classId") UUID classId, @Valid @BeanParam PageQuery paging) {
        return candidates.list(classId, paging);
    }
}
