package id.go.bartim.pelatihan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document: the body of every error answer of both APIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://pelatihan.bartim.go.id/problems/class-full") String type,
        @Schema(example = "Class is full") String title,
        @Schema(example = "422") int status,
        @Schema(example = "The class has 5 of 5 seats taken") String detail,
        @Schema(description = "Only for validation failures") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://pelatihan.bartim.go.id/problems/";

    /** One failed field of a validation problem. */
    public record FieldError(String field, String message) {
    }
}
