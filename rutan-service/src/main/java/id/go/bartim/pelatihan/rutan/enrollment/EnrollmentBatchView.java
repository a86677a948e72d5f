package id.go.bartim.pelatihan.rutan.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bartim.pelatihan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The answer to a batch of enrollment requests (SPEC 10): one item per inmate, in the request's order. */
@Schema(name = "EnrollmentBatch")
public record EnrollmentBatchView(List<Item> items, int accepted, int refused) {

    /** One inmate's answer: 202 with the enrollment, or 404 / 409 / 422 with the problem a single request would get. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EnrollmentBatchItem")
    public record Item(UUID inmateId,
                       @Schema(enumeration = {"202", "404", "409", "422"}) int status,
                       EnrollmentView enrollment,
                       Problem problem) {
    }

    static EnrollmentBatchView of(List<Item> items) {
        int accepted = (int) items.stream().filter(i -> i.enrollment() != null).count();
        return new EnrollmentBatchView(items, accepted, items.size() - accepted);
    }
}
