package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.idempotency.Idempotency;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.net.URI;
import java.util.UUID;

/** A class's waiting list (SPEC 10): officers put inmates in line and take them out; officers and viewers read it. */
@Path("/api/v1/classes/{classId}/waiting-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list", description = "Inmates in line for a seat of a class; enrolled in order when one frees")
public class WaitingListResource {

    @Inject
    WaitingList waitingList;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Put an inmate on the waiting list", description = "At the end of the line. A place on the "
            + "list is not a seat: when a seat frees (a rejection, a withdrawal, a release), the first WAITING entry "
            + "still eligible by the rules of a single enrollment is enrolled (PENDING) and marked ENROLLED; those "
            + "refused before it are marked SKIPPED with the refusal's problem type. Role: rutan-officer.")
    @APIResponse(responseCode = "201", description = "In line; the entry carries its position",
            content = @Content(schema = @Schema(implementation = WaitingListEntryView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: inmateId missing")
    @APIResponse(responseCode = "404", description = "No such class or inmate")
    @APIResponse(responseCode = "409", description = "already-waiting; already-enrolled")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response add(@PathParam("classId") UUID classId, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                        @Valid @NotNull(message = "a JSON body is required") WaitingListRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            WaitingListEntry entry = waitingList.add(classId, request.inmateId());
            return Response.created(URI.create("/api/v1/classes/" + classId + "/waiting-list"))
                    .entity(WaitingListEntryView.of(entry)).build();
        });
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List the waiting list", description = "Every entry, WAITING, ENROLLED or SKIPPED, in line "
            + "order. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "404", description = "No such class")
    public PageView<WaitingListEntryView> list(@PathParam("classId") UUID classId, @Valid @BeanParam PageQuery paging) {
        return waitingList.list(classId, paging).map(WaitingListEntryView::of);
    }

    @DELETE
    @Path("/{inmateId}")
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Take an inmate off the waiting list", description = "Only a WAITING entry; an ENROLLED or "
            + "SKIPPED one stays as the list's history. Role: rutan-officer.")
    @APIResponse(responseCode = "204", description = "Taken off the list")
    @APIResponse(responseCode = "404", description = "No such class, or the inmate is not waiting for it")
    public Response remove(@PathParam("classId") UUID classId, @PathParam("inmateId") UUID inmateId) {
        waitingList.remove(classId, inmateId);
        return Response.noContent().build();
    }
}
