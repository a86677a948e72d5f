package id.go.bartim.pelatihan.rutan.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bartim.pelatihan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An entry of a class's waiting list as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WaitingListEntry")
public record WaitingListEntryView(
        UUID classId,
        UUID inmateId,
        @Schema(description = "The place in line; earlier entries have lower positions") int position,
        WaitingStatus status,
        OffsetDateTime addedAt,
        @Schema(description = "SKIPPED only: the problem type of the rule that refused the inmate when their turn "
                + "came", example = "https://pelatihan.bartim.go.id/problems/release-before-class-end")
        String skipReason,
        @Schema(description = "ENROLLED only: the enrollment made when a seat freed") UUID enrollmentId,
        OffsetDateTime settledAt) {

    static WaitingListEntryView of(WaitingListEntry w) {
        return new WaitingListEntryView(w.classId, w.inmateId, w.position, w.status, w.addedAt,
                w.skipReason == null ? null : Problem.TYPE_BASE + w.skipReason, w.enrollmentId, w.settledAt);
    }
}
