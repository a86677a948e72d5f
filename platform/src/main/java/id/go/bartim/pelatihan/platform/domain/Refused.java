package id.go.bartim.pelatihan.platform.domain;

import java.util.List;

/**
 * Thrown by domain code when a rule refuses what was asked: which rule, why in words an officer can act on, and the
 * fields it is about, if any. Thrown inside a transaction it rolls the whole use case back, so a refusal leaves
 * nothing behind. The detail never carries unvalidated client text or personal data.
 */
public final class Refused extends RuntimeException {

    /** One field of what was asked and what is wrong with it. */
    public record Issue(String field, String message) {
    }

    private final Refusal refusal;
    private final List<Issue> issues;

    public Refused(Refusal refusal, String detail) {
        this(refusal, detail, List.of());
    }

    public Refused(Refusal refusal, String detail, List<Issue> issues) {
        super(detail, null, false, false);
        this.refusal = refusal;
        this.issues = List.copyOf(issues);
    }

    /** A refusal about one field of what was asked (a date in the future, say): the message is the detail too. */
    public static Refused field(Refusal refusal, String field, String message) {
        return new Refused(refusal, message, List.of(new Issue(field, message)));
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The fields the refusal is about; empty when it is about the request as a whole. */
    public List<Issue> issues() {
        return issues;
    }
}
