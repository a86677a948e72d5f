package id.go.bartim.pelatihan.rutan.privacy;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An inmate's own data, for the officer who answers their request (SPEC 9, UU 27/2022). */
@Path("/api/v1/inmates/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inmates")
public class PersonalDataResource {

    @Inject
    PersonalDataRequests requests;

    @GET
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Everything held about an inmate", description = "The inmate's full record (NIK included), "
            + "their enrollments with attendance, their entries on classes' waiting lists, every attendance record, "
            + "and the audit lines about their records: who read or changed what, and when. The read is recorded in "
            + "the audit log and appears in the trail it returns. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "The inmate's personal data",
            content = @Content(schema = @Schema(implementation = InmatePersonalData.class)))
    @APIResponse(responseCode = "404", description = "No such inmate")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public InmatePersonalData get(@PathParam("id") @Parameter(description = "Inmate id (UUID)") UUID id) {
        return requests.of(id);
    }
}
