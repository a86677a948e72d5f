package id.go.bartim.pelatihan.disnaker.catalog;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The program catalog (SPEC 4): officers maintain it, viewers read it; rutan gets it by events. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Training program catalog")
public class ProgramResource {

    @Inject
    ProgramCatalog catalog;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Create a program", description = "Adds a program to the catalog and publishes "
            + "disnaker.program.upserted.v1. Role: disnaker-officer.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "A program with this code exists")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry safe")
                           String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") ProgramRequest request) {
        return idempotency.execute(idempotencyKey, request, () -> {
            Program program = catalog.create(request);
            return Response.created(URI.create("/api/v1/programs/" + program.code))
                    .tag(Long.toString(program.version))
                    .entity(ProgramView.of(program)).build();
        });
    }

    @GET
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "List programs", description = "Sorted by code; filter by active. "
            + "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "A page of programs")
    public PageView<ProgramView> list(@Valid @BeanParam PageQuery paging,
                                      @QueryParam("active") @Parameter(description = "true or false") Boolean active) {
        var query = active == null
                ? Program.<Program>findAll(Sort.by("code"))
                : Program.<Program>find("active", Sort.by("code"), active);
        query.page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(ProgramView::of).toList(), paging.page(), paging.size(),
                query.count());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Read a program", description = "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "The program; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    public Response get(@PathParam("code") String code) {
        Program program = catalog.find(code);
        return Response.ok(ProgramView.of(program)).tag(Long.toString(program.version)).build();
    }

    @PUT
    @Path("/{code}")
    @Transactional
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Update a program", description = "Replaces name, sector, description, hours, "
            + "minimum attendance and units (the code is immutable); publishes disnaker.program.upserted.v1. "
            + "Send If-Match with the ETag you read. Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The body names another code")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response update(@PathParam("code") String code,
                           @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read") String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") ProgramRequest request) {
        Program program = catalog.update(code, request, ifMatch);
        return Response.ok(ProgramView.of(program)).tag(Long.toString(program.version)).build();
    }

    @DELETE
    @Path("/{code}")
    @Transactional
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Retire a program", description = "Sets active=false (no new classes; accepted "
            + "enrollments carry on) and publishes disnaker.program.retired.v1. Retiring a retired program "
            + "changes nothing. Role: disnaker-officer.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response retire(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        catalog.retire(code, ifMatch);
        return Response.noContent().build();
    }
}
