package id.go.bartim.pelatihan.disnaker.privacy;

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

/** A person's own data (SPEC 9, UU 27/2022): what an officer gives a participant who asks what disnaker holds. */
@Path("/api/v1/participants/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class PersonalDataResource {

    @Inject
    PersonalData personalData;

    @GET
    @RolesAllowed("disnaker-officer")
    @Operation(summary = "Read everything held about a participant", description = "The participant with the full "
            + "NIK, their enrollment decisions, quota slots, certificates, the conflicts they are part of, and the "
            + "audit lines about those records (who read or changed what, when). Recorded in the audit log as a "
            + "read of the participant. Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "Everything disnaker-service holds about the participant",
            content = @Content(schema = @Schema(implementation = PersonalDataView.class)))
    @APIResponse(responseCode = "404", description = "No such participant (also for an id that is not a UUID)")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public PersonalDataView get(@PathParam("id") @Parameter(description = "Participant id (UUID)") UUID id) {
        return PersonalDataView.of(personalData.of(id));
    }
}
