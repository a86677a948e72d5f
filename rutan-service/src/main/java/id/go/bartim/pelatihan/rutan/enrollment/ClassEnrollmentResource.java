package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Enrolling inmates into a class, and the class's enrollment list. */
@Path("/api/v1/classes/{classId}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "Inmates' places in training classes; decided by disnaker")
public class ClassEnrollmentResource {

    @Inject
    Enrollments enrollments;

    @Inject
    EnrollmentViewAssembler assembler;

    @Inject
    TrainingClasses classes;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Enroll an inmate", description = "Creates a PENDING enrollment and sends "
            + "rutan.enrollment.requested.v1 to disnaker, which decides later (ACCEPTED or REJECTED). The class "
            + "counts PENDING + ACCEPTED enrollments against its capacity. Role: rutan-officer.")
    @APIResponse(responseCode = "202", description = "Requested; Location points to the enrollment",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such class or inmate")
    @APIResponse(responseCode = "409", description = "inmate-not-active; already-enrolled")
    @APIResponse(responseCode = "422", description = "class-full; class-ended; release-before-class-end; "
            + "idempotency-key-reused")
    public Response enroll(@PathParam("classId") UUID classId,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") EnrollmentRequests.Enroll request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.ENROLLMENT, () -> {
            Enrollments.Requested requested = enrollments.enroll(classId, request.inmateId());
            Enrollment e = requested.enrollment();
            return Response.accepted(EnrollmentView.of(e, requested.attendance()))
                    .location(URI.create("/api/v1/enrollments/" + e.id))
                    .tag(Long.toString(e.version)).build();
        });
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the enrollments of a class", description = "In request order; filter by "
            + "status. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of enrollments with their attendance")
    @APIResponse(responseCode = "404", description = "No such class")
    public PageView<EnrollmentView> list(@PathParam("classId") UUID classId, @Valid @BeanParam PageQuery paging,
                                         @QueryParam("status") EnrollmentStatus status) {
        classes.find(classId);
        Sort sort = Sort.by("requestedAt").and("id");
        return assembler.page(status == null
                ? Enrollment.find("classId", sort, classId)
                : Enrollment.find("classId = ?1 and status = ?2", sort, classId, status), paging);
    }
}
