package id.go.bartim.pelatihan.rutan.catalog;

import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

/** Read-only access to the program replica (SPEC 3); it changes only through disnaker's events. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"rutan-officer", "rutan-viewer"})
@Tag(name = "Programs", description = "Read-only replica of disnaker's program catalog")
public class ProgramReplicaResource {

    @GET
    @Operation(summary = "List replicated programs", description = "Sorted by code; filter by active. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "A page of programs")
    public PageView<ProgramReplicaView> list(@Valid @BeanParam PageQuery paging,
                                             @QueryParam("active") @Parameter(description = "true or false")
                                             Boolean active) {
        var query = active == null
                ? ProgramReplica.<ProgramReplica>findAll(Sort.by("code"))
                : ProgramReplica.<ProgramReplica>find("active", Sort.by("code"), active);
        query.page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(ProgramReplicaView::of).toList(),
                paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a replicated program", description = "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The program as last received from disnaker",
            content = @Content(schema = @Schema(implementation = ProgramReplicaView.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) received from disnaker")
    public Response get(@PathParam("code") String code) {
        ProgramReplica program = ProgramReplica.findById(code);
        if (program == null) {
            throw NotFound.of("Program", code, ProgramCode.matches(code));
        }
        return Response.ok(ProgramReplicaView.of(program)).tag(Long.toString(program.sourceVersion)).build();
    }
}
