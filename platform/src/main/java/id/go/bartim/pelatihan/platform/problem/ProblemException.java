package id.go.bartim.pelatihan.platform.problem;

import id.go.bartim.pelatihan.platform.domain.Refused;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * A refusal the caller can act on; mapped to problem+json. Thrown inside a transaction it rolls
 * the whole request back, so a refused request leaves no row and no event behind.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null);
    }

    private ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
    }

    /** A field the annotations cannot judge alone (it depends on the operation or other fields). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation-failed", "Validation failed",
                "1 field(s) failed validation", List.of(new Problem.FieldError(field, message)));
    }

    /** {@code id} is repeated to the client: only one that was validated (parsed, or matched its pattern). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict with the current state", detail);
    }

    /** A business rule refused a well-formed request (422); {@code code} is the rule in kebab case. */
    public static ProblemException rule(String code, String title, String detail) {
        return new ProblemException(422, code, title, detail);
    }

    /** A business-rule refusal that names the offending fields (e.g. entries of a bulk request). */
    public static ProblemException rule(String code, String title, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, code, title, detail, errors);
    }

    /** A refusal of the domain as 409: the rule conflicts with the current state. */
    public static ProblemException conflict(Refused refused) {
        return new ProblemException(409, refused.refusal().code(), "Conflict with the current state",
                refused.getMessage(), errorsOf(refused));
    }

    /** A refusal of the domain as 422, with its title; {@code type} ends with the rule's code. */
    public static ProblemException rule(Refused refused, String title) {
        return new ProblemException(422, refused.refusal().code(), title, refused.getMessage(), errorsOf(refused));
    }

    /** A refusal of the domain about fields of the request as 400 validation-failed, naming the fields. */
    public static ProblemException invalid(Refused refused) {
        return new ProblemException(400, "validation-failed", "Validation failed",
                refused.issues().size() + " field(s) failed validation", errorsOf(refused));
    }

    private static List<Problem.FieldError> errorsOf(Refused refused) {
        return refused.issues().isEmpty() ? null : refused.issues().stream()
                .map(i -> new Problem.FieldError(i.field(), i.message())).toList();
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED.getStatusCode(), "stale-version",
                "Precondition failed", detail);
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + code, title, status, getMessage(), errors);
    }
}
