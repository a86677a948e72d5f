package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Enrollments across classes (those still waiting, SPEC 8); one enrollment: read it, withdraw it, record its completion. */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class EnrollmentResource {

    private static final String STATUSES = "PENDING|ACCEPTED|REJECTED|COMPLETED|NOT_COMPETENT|WITHDRAWN";

    /** The furthest a list looks back: longer than any request waits, short enough to count back from now. */
    private static final Duration MAX_AGE = Duration.ofDays(36_500);

    @Inject
    Enrollments enrollments;

    @Inject
    EnrollmentViewAssembler assembler;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List enrollments across classes", description = "Oldest request first. Filter by status "
            + "(any enrollment status) and by age: olderThan (an ISO-8601 duration) keeps those requested longer ago "
            + "than that. status=PENDING&olderThan=PT1H lists the requests that have waited more than an hour for "
            + "disnaker's decision (every request gets one; the metric enrollments_pending_oldest_age_seconds says how "
            + "long the oldest has waited). Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of enrollments with their attendance")
    @APIResponse(responseCode = "400", description = "validation-failed: status is not an enrollment status, or "
            + "olderThan is not an ISO-8601 duration from PT0S to P36500D")
    public PageView<EnrollmentView> list(
            @Valid @BeanParam PageQuery paging,
            @QueryParam("status") @Parameter(description = "Only enrollments in this status",
                    schema = @Schema(enumeration = {"PENDING", "ACCEPTED", "REJECTED", "COMPLETED", "NOT_COMPETENT",
                            "WITHDRAWN"}))
            @Pattern(regexp = "^(" + STATUSES + ")$", message = "must be one of " + STATUSES) String status,
            @QueryParam("olderThan") @Parameter(description = "Only those requested longer ago than this ISO-8601 "
                    + "duration", example = "PT1H", schema = @Schema(type = SchemaType.STRING)) String olderThan) {
        Duration age = ageOf(olderThan);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", EnrollmentStatus.valueOf(status));
        }
        if (age != null) {
            where.add("requestedAt < :before");
            parameters.and("before", BusinessTime.now().minus(age));
        }
        Sort sort = Sort.by("requestedAt").and("id");
        return assembler.page(where.isEmpty() ? Enrollment.findAll(sort)
                : Enrollment.find(String.join(" and ", where), sort, parameters), paging);
    }

    /** {@code olderThan} as a duration, null when absent; anything else than PT0S to {@link #MAX_AGE} is a 400. */
    private static Duration ageOf(String olderThan) {
        if (olderThan == null || olderThan.isBlank()) {
            return null;
        }
        try {
            Duration age = Duration.parse(olderThan.strip());
            if (!age.isNegative() && age.compareTo(MAX_AGE) <= 0) {
                return age;
            }
        } catch (DateTimeParseException e) {
            // answered below, without repeating the text
        }
        throw ProblemException.invalidField("olderThan",
                "must be an ISO-8601 duration from PT0S to P36500D, such as PT1H or P2D");
    }

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
