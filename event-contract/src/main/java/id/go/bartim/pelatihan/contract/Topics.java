package id.go.bartim.pelatihan.contract;

import java.util.List;

/** The Kafka topics of SPEC section 5, and the dead-letter topic that goes with each. */
public final class Topics {

    /** Program catalog, compacted, keyed by program code; produced by disnaker-service. */
    public static final String PROGRAMS = "disnaker.programs.v1";

    /** Enrollment requests, withdrawals and completions, keyed by enrollment id; produced by rutan-service. */
    public static final String ENROLLMENTS = "rutan.enrollments.v1";

    /** Decisions, certificates and their revocations, keyed by enrollment id; produced by disnaker-service. */
    public static final String DECISIONS = "disnaker.enrollment-decisions.v1";

    private static final String DLQ_SUFFIX = ".dlq";

    /** Every topic of the contract with its dead-letter topic; only {@link #PROGRAMS} is compacted. */
    public static final List<String> ALL = List.of(
            PROGRAMS, ENROLLMENTS, DECISIONS, dlq(PROGRAMS), dlq(ENROLLMENTS), dlq(DECISIONS));

    public static boolean isCompacted(String topic) {
        return PROGRAMS.equals(topic);
    }

    /**
     * The topics whose records hold personal data (SPEC 9): the enrollment requests, the decisions (a certificate's
     * revocation carries an officer's free-text reason, SPEC 11), and every dead-letter topic (a parked record may be
     * anything). They are given an explicit retention.
     */
    public static boolean carriesPersonalData(String topic) {
        return ENROLLMENTS.equals(topic) || DECISIONS.equals(topic) || topic.endsWith(DLQ_SUFFIX);
    }

    private Topics() {
    }

    /** The dead-letter topic where a consumer of {@code topic} parks what it cannot process. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
