package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Attendance of one session (SPEC 3). */
@Path("/api/v1/classes/{classId}/sessions/{sessionId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Who attended which session; the basis of the attendance rate")
public class AttendanceResource {

    @Inject
    AttendanceRegister register;

    @PUT
    @Transactional
    @RolesAllowed("rutan-officer")
    @Operation(summary = "Record attendance of a session", description = "Upserts one record per entry, all or "
            + "nothing: an entry whose enrollment is not ACCEPTED in this class refuses the whole request. PRESENT "
            + "and LATE count as attended; EXCUSED, SICK and ABSENT do not. A cancelled session takes no attendance. "
            + "Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "The session's attendance records after the upsert")
    @APIResponse(responseCode = "404", description = "No such class, or the session is not of this class")
    @APIResponse(responseCode = "409", description = "session-cancelled: the session is cancelled; nothing stored")
    @APIResponse(responseCode = "422", description = "enrollment-not-accepted (errors[] names the entries)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceEntry.class),
            examples = @ExampleObject(name = "session", value = """
                    [{"enrollmentId": "9b2e7c1a-4f3d-4e8a-b6c5-1d2e3f4a5b6c", "status": "PRESENT"},
                     {"enrollmentId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "status": "SICK",
                      "note": "Surat keterangan klinik"}]""")))
    public List<AttendanceRecordView> record(@PathParam("classId") UUID classId, @PathParam("sessionId") UUID sessionId,
                                             @NotNull(message = "a JSON array is required")
                                             @Size(max = 500, message = "must have at most 500 entries")
                                             List<@Valid @NotNull(message = "must not be null") AttendanceEntry> entries) {
        return register.record(classId, sessionId, entries);
    }

    @GET
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List attendance of a session", description = "Every read is recorded in the audit log. "
            + "Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The session's attendance records")
    @APIResponse(responseCode = "404", description = "No such class or session")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public List<AttendanceRecordView> list(@PathParam("classId") UUID classId, @PathParam("sessionId") UUID sessionId) {
        return register.list(classId, sessionId);
    }
}
