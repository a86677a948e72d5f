package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.inmate.Inmate;
import io.quarkus.panache.common.Sort;
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

/** The enrollments of one inmate, across classes. */
@Path("/api/v1/inmates/{inmateId}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class InmateEnrollmentResource {

    @Inject
    EnrollmentViewAssembler assembler;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the enrollments of an inmate", description = "Newest first. Every read "
            + "is recorded in the audit log. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of enrollments with their attendance")
    @APIResponse(responseCode = "404", description = "No such inmate")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public PageView<EnrollmentView> list(@PathParam("inmateId") UUID inmateId, @Valid @BeanParam PageQuery paging) {
        if (Inmate.findById(inmateId) == null) {
            throw new NotFound("Inmate", inmateId);
        }
        PageView<EnrollmentView> page =
                assembler.page(Enrollment.find("inmateId", Sort.descending("requestedAt").and("id"), inmateId), paging);
        // One person's enrollments: a read of their data (SPEC 9)
        audit.read(RutanAudit.INMATE_ENROLLMENTS, inmateId);
        return page;
    }
}
