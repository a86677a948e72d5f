package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.problem.Problem;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.rutan.RutanProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import java.util.List;
import java.util.UUID;

/** Enrolling many inmates into a class at once (SPEC 10), answered item by item. */
@Path("/api/v1/classes/{classId}/enrollment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "Inmates' places in training classes; decided by disnaker")
public class ClassEnrollmentBatchResource {

    @Inject
    EnrollmentBatches batches;

    @Inject
    RutanProblems problems;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Enroll many inmates", description = "Judges each inmate, in order, by the rules of a single "
            + "enrollment (a seat taken by an earlier item counts for the later ones; an inmate listed twice is "
            + "refused the second time as already-enrolled). The accepted ones become PENDING enrollments and their "
            + "rutan.enrollment.requested.v1 events commit together; nothing is stored for a refused item. Each item "
            + "answers 202 with the enrollment, or 404 / 409 / 422 with the problem a single request would get. "
            + "Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "Every item answered; accepted and refused count them",
            content = @Content(schema = @Schema(implementation = EnrollmentBatchView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: inmateIds missing, empty or over 500 ids")
    @APIResponse(responseCode = "404", description = "No such class (nothing is judged)")
    @APIResponse(responseCode = "409", description = "already-enrolled for the whole batch, nothing stored: a request "
            + "for one of its inmates into this class committed while the batch was judged (the database's one "
            + "enrollment per class caught it); sending the batch again answers item by item")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response enroll(@PathParam("classId") UUID classId,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") EnrollmentRequests.EnrollBatch request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            EnrollmentBatches.Batched batched = batches.enroll(classId, request.inmateIds());
            List<EnrollmentBatchView.Item> items = batched.verdicts().stream().map(v -> item(v, batched)).toList();
            return Response.ok(EnrollmentBatchView.of(items)).build();
        });
    }

    private EnrollmentBatchView.Item item(EnrollmentBatchRules.Verdict verdict, EnrollmentBatches.Batched batched) {
        if (verdict instanceof EnrollmentBatchRules.Accepted a) {
            Enrollments.Requested r = batched.enrolled().get(a.inmateId());
            return new EnrollmentBatchView.Item(a.inmateId(), 202, EnrollmentView.of(r.enrollment(), r.attendance()),
                    null);
        }
        if (verdict instanceof EnrollmentBatchRules.Rejected r) {
            ProblemException problem = problems.problemFor(r.refused());
            return new EnrollmentBatchView.Item(r.inmateId(), problem.status(), null, problem.toProblem());
        }
        return new EnrollmentBatchView.Item(verdict.inmateId(), 404, null, new Problem(Problem.TYPE_BASE
                + "not-found", "Not found", 404, "Inmate " + verdict.inmateId() + " does not exist", null));
    }
}
