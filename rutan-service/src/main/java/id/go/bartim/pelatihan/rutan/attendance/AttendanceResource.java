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
            + "`reason` goes only with EXCUSED or ABSENT and is optional there (clients that send none keep "
            + "working); OTHER needs a note. Each record keeps who recorded it (the token subject) and when, and "
            + "every change, the first recording too, is a line of the session's history; an entry identical to the "
            + "stored record changes nothing and adds no line. After the edit window (APP_ATTENDANCE_EDIT_WINDOW, "
            + "default P7D, after the session date) an entry that changes a record, or records one for the first "
            + "time, needs a correctionNote. Role: rutan-officer.")
    @APIResponse(responseCode = "200", description = "The session's attendance records after the upsert")
    @APIResponse(responseCode = "400", description = "validation-failed: an unknown status or reason, an enrollment "
            + "named twice, a reason on PRESENT, LATE or SICK (errors[] names [i].reason), OTHER without a note "
            + "([i].note), a note or correctionNote over 500 characters; nothing stored")
    @APIResponse(responseCode = "404", description = "No such class, or the session is not of this class")
    @APIResponse(responseCode = "409", description = "session-cancelled: the session is cancelled; nothing stored")
    @APIResponse(responseCode = "422", description = "enrollment-not-accepted (errors[] names the entries); "
            + "attendance-locked: the edit window closed and an entry changes the register without a correctionNote "
            + "(errors[] names each [i].correctionNote); nothing stored")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceEntry.class),
            examples = {@ExampleObject(name = "session", value = """
                    [{"enrollmentId": "9b2e7c1a-4f3d-4e8a-b6c5-1d2e3f4a5b6c", "status": "PRESENT"},
                     {"enrollmentId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "status": "SICK",
                      "note": "Surat keterangan klinik"},
                     {"enrollmentId": "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", "status": "EXCUSED",
                      "reason": "COURT_HEARING", "note": "Sidang di PN Tamiang Layang"}]"""),
                    @ExampleObject(name = "correction", summary = "A change after the edit window", value = """
                    [{"enrollmentId": "9b2e7c1a-4f3d-4e8a-b6c5-1d2e3f4a5b6c", "status": "ABSENT",
                      "reason": "DISCIPLINE", "correctionNote": "Salah catat; dikoreksi sesuai buku piket"}]""")}))
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

    @GET
    @Path("/history")
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "List every change of a session's attendance", description = "One line per change of a "
            + "record, oldest first: who and when, the record before (null for a first recording) and after (null "
            + "when an excusal taken back removed it), the correctionNote of a change after the edit window, and the "
            + "excusal that made it, if one did. An entry sent again unchanged made no line. Every read is recorded "
            + "in the audit log. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The session's attendance history, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such class, or the session is not of this class")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public List<AttendanceChangeView> history(@PathParam("classId") UUID classId,
                                              @PathParam("sessionId") UUID sessionId) {
        return register.history(classId, sessionId);
    }
}
