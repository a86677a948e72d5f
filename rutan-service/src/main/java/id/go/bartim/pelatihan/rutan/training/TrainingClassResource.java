package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Page;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Training classes and their sessions (SPEC 3). */
@Path("/api/v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classes", description = "Training classes held inside the rutan, and their sessions")
public class TrainingClassResource {

    @Inject
    TrainingClasses classes;

    @Inject
    TrainingClassStore store;

    @Inject
    SessionPlans plans;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Open a class", description = "The program must be active in the replica of "
            + "disnaker's catalog. Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "422", description = "program-not-available: unknown or retired program; "
            + "idempotency-key-reused")
    public Response open(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
                         @Valid @NotNull(message = "a JSON body is required") ClassRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            TrainingClass c = classes.open(request);
            return Response.created(URI.create("/api/v1/classes/" + c.id)).tag(Long.toString(c.version))
                    .entity(ClassView.of(c)).build();
        });
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List classes", description = "Newest start first; filter by program. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of classes")
    public PageView<ClassView> list(@Valid @BeanParam PageQuery paging,
                                    @QueryParam("programCode") @Parameter(description = "e.g. PTK-01")
                                    String programCode) {
        Sort sort = Sort.descending("startDate").and("id");
        var query = programCode == null
                ? TrainingClass.<TrainingClass>findAll(sort)
                : TrainingClass.<TrainingClass>find("programCode", sort, programCode);
        query.page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(ClassView::of).toList(), paging.page(), paging.size(),
                query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "Read a class", description = "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The class",
            content = @Content(schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "404", description = "No such class")
    public Response get(@PathParam("id") UUID id) {
        TrainingClass c = classes.find(id);
        return Response.ok(ClassView.of(c)).tag(Long.toString(c.version)).build();
    }

    @POST
    @Path("/{id}/sessions")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Add a session", description = "Dated within the class dates, 1 to 8 jam pelajaran. "
            + "An enrollment excused in advance for its date is marked EXCUSED in it at once (SPEC 10). "
            + "Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No such class")
    @APIResponse(responseCode = "409", description = "session-time-taken: the class has a session at that date and "
            + "start time already")
    @APIResponse(responseCode = "422", description = "session-outside-class-dates; idempotency-key-reused")
    public Response addSession(@PathParam("id") UUID classId,
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                               @Valid @NotNull(message = "a JSON body is required") SessionRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            ClassSession s = classes.addSession(classId, request);
            return Response.created(URI.create("/api/v1/classes/" + classId + "/sessions/" + s.id))
                    .entity(SessionView.of(s, false)).build();
        });
    }

    @POST
    @Path("/{id}/session-plan")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Plan sessions by the week", description = "Creates one session on each day from `from` to "
            + "`until` (both included, at most 366 days, within the class dates) that falls on one of `weekdays`, "
            + "skipping holidays and days that already have a session of this class at `startTime`. All sessions "
            + "of the plan are created together or none is. The answer is the JSON list of the sessions created, "
            + "in date order: 201 when there is one or more, 200 with an empty list when every day is a holiday or "
            + "taken already, so the same plan sent again creates nothing. An enrollment excused in advance for a "
            + "new session's date is marked EXCUSED in it at once (SPEC 10). Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "Sessions created; Location names the class's sessions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
    @APIResponse(responseCode = "200", description = "Nothing to create: an empty list",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No such class")
    @APIResponse(responseCode = "409", description = "session-time-taken: another request created a session of this "
            + "class at one of these dates and that time meanwhile; send the plan again")
    @APIResponse(responseCode = "422", description = "session-outside-class-dates: from or until outside the class "
            + "dates; idempotency-key-reused")
    public Response planSessions(@PathParam("id") UUID classId,
                                 @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                 @Valid @NotNull(message = "a JSON body is required") SessionPlanRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            // New sessions: nothing is recorded on them yet
            List<SessionView> created = plans.plan(classId, request).stream()
                    .map(s -> SessionView.of(s, false)).toList();
            return created.isEmpty() ? Response.ok(created).build()
                    : Response.created(URI.create("/api/v1/classes/" + classId + "/sessions")).entity(created).build();
        });
    }

    @GET
    @Path("/{id}/sessions")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the sessions of a class", description = "In date order, each with its status: "
            + "PLANNED, HELD (attendance recorded) or CANCELLED (with its cancellation). "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "All sessions of the class")
    @APIResponse(responseCode = "404", description = "No such class")
    public PageView<SessionView> sessions(@PathParam("id") UUID classId, @Valid @BeanParam PageQuery paging) {
        classes.find(classId);
        var query = ClassSession.<ClassSession>find("classId", Sort.by("date").and("startTime").and("id"), classId)
                .page(Page.of(paging.page(), paging.size()));
        List<ClassSession> page = query.list();
        Set<UUID> held = store.heldAmong(page.stream().map(s -> s.id).toList());
        return new PageView<>(page.stream().map(s -> SessionView.of(s, held.contains(s.id))).toList(), paging.page(),
                paging.size(), query.count());
    }
}
