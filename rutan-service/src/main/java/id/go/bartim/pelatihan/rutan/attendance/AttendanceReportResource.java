package id.go.bartim.pelatihan.rutan.attendance;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.rutan.training.TrainingClass;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import id.go.bartim.pelatihan.platform.web.Negotiation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The attendance report of a class, as JSON or as CSV ({@code Accept: text/csv}). */
@Path("/api/v1/classes/{classId}/attendance-report")
@Tag(name = "Attendance")
public class AttendanceReportResource {

    static final String CSV = "text/csv";

    @Inject
    TrainingClasses classes;

    @Inject
    AttendanceLedger ledger;

    @Inject
    AttendanceStore store;

    @Inject
    AuditLog audit;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"rutan-officer", "rutan-viewer"})
    @Operation(summary = "Attendance report of a class", description = "One row per enrollment: name, "
            + "registration number, status, hours attended and total, rate. Accept: text/csv gives the same as CSV "
            + "(UTF-8, header row, RFC 4180 quoting); JSON otherwise. Roles: rutan-officer, rutan-viewer.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendanceReport.class)),
                    @Content(mediaType = CSV)})
    @APIResponse(responseCode = "404", description = "No such class")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public Response get(@PathParam("classId") UUID classId, @Context HttpHeaders headers) {
        AttendanceReport report = report(classId);
        if (!Negotiation.prefers(headers, MediaType.valueOf(CSV))) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(report.toCsv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"attendance-" + classId + ".csv\"")
                .build();
    }


    private AttendanceReport report(UUID classId) {
        TrainingClass c = classes.find(classId);
        List<AttendanceStore.Trainee> trainees = store.traineesOf(classId);
        Map<UUID, AttendanceSummary> summaries =
                ledger.summariesOf(trainees.stream().map(AttendanceStore.Trainee::enrollmentId).toList());
        List<AttendanceReport.Row> lines = new ArrayList<>(trainees.size());
        for (AttendanceStore.Trainee t : trainees) {
            AttendanceSummary s = summaries.getOrDefault(t.enrollmentId(), AttendanceSummary.NONE);
            lines.add(new AttendanceReport.Row(t.enrollmentId(), t.inmateId(), t.fullName(), t.registrationNumber(),
                    t.status(), s.hoursAttended(), s.hoursTotal(), s.rate()));
        }
        // The report names several people: it is a read of personal data, so it is audited.
        audit.read(RutanAudit.ATTENDANCE_REPORT, classId);
        return new AttendanceReport(c.id, c.name, c.programCode, lines);
    }
}
