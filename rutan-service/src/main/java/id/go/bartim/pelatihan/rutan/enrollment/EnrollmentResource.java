package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One enrollment: read it, withdraw it, record its completion. */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class EnrollmentResource {

    @Inject
    Enrollments enrollments;

    @Inject
    EnrollmentViewAssembler assembler;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{id}")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "Read an enrollment", description = "With its attendance so far. Every "
            + "read is recorded in the audit log. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The enrollment",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public Response get(@PathParam("id") UUID id) {
        Enrollment e = enrollments.find(id);
        EnrollmentView view = assembler.of(e);
        audit.read(RutanAudit.ENROLLMENT, id);
        return Response.ok(view).tag(Long.toString(e.version)).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Withdraw an enrollment", description = "From PENDING or ACCEPTED only; frees the seat "
            + "and sends rutan.enrollment.withdrawn.v1. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "409", description = "transition-not-allowed from the current status")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                             @Valid @NotNull(message = "a JSON body is required") EnrollmentRequests.Withdraw request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.ENROLLMENT, () -> {
            Enrollment e = enrollments.withdraw(id, request.reason(), request.note());
            return Response.ok(assembler.of(e)).build();
        });
    }

    @POST
    @Path("/{id}/completion")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Record the assessment", description = "From ACCEPTED only. COMPETENT needs the "
            + "attendance rate to reach the program's minAttendancePercent and gives COMPLETED; NOT_YET_COMPETENT "
            + "gives NOT_COMPETENT. Sends rutan.training.completed.v1; the certificate number arrives later "
            + "from disnaker. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "409", description = "transition-not-allowed: not ACCEPTED")
    @APIResponse(responseCode = "422", description = "attendance-below-minimum; program-not-available; "
            + "idempotency-key-reused")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                             @Valid @NotNull(message = "a JSON body is required") EnrollmentRequests.Complete request) {
        return idempotency.execute(idempotencyKey, request, RutanAudit.ENROLLMENT, () -> {
            Enrollment e = enrollments.complete(id, request.outcome(), request.assessedOn(), request.assessorName());
            return Response.ok(assembler.of(e)).build();
        });
    }
}
