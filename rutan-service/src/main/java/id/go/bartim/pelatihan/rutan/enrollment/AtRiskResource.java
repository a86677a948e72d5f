package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
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

/** The at-risk list of a class (SPEC 10). */
@Path("/api/v1/classes/{classId}/at-risk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class AtRiskResource {

    @Inject
    AtRiskList atRisk;

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the enrollments at risk in a class", description = "ACCEPTED enrollments that can "
            + "no longer reach the program's minAttendancePercent even attending every remaining session "
            + "(CANNOT_QUALIFY), or were ABSENT from each of the class's last three held sessions "
            + "(ABSENT_FROM_LAST_THREE_HELD_SESSIONS); each with the enrollment, the inmate's name and registration "
            + "number, and its reasons, by name. Every read is recorded in the audit log. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of enrollments at risk")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "404", description = "No such class")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public PageView<AtRiskView> list(@PathParam("classId") UUID classId, @Valid @BeanParam PageQuery paging) {
        return atRisk.of(classId, paging);
    }
}
