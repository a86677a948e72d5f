package id.go.bartim.pelatihan.contract;

import id.go.bartim.pelatihan.contract.decision.CertificateIssued;
import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.contract.decision.EnrollmentAccepted;
import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.contract.program.ProgramRetired;
import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code ce_type} values of SPEC sections 5 and 11, the payload record of each and its topic. */
public final class EventTypes {

    public static final String PROGRAM_UPSERTED = "disnaker.program.upserted.v1";
    public static final String PROGRAM_RETIRED = "disnaker.program.retired.v1";

    public static final String ENROLLMENT_REQUESTED = "rutan.enrollment.requested.v1";
    public static final String ENROLLMENT_WITHDRAWN = "rutan.enrollment.withdrawn.v1";
    public static final String TRAINING_COMPLETED = "rutan.training.completed.v1";

    public static final String ENROLLMENT_ACCEPTED = "disnaker.enrollment.accepted.v1";
    public static final String ENROLLMENT_REJECTED = "disnaker.enrollment.rejected.v1";
    public static final String CERTIFICATE_ISSUED = "disnaker.certificate.issued.v1";
    public static final String CERTIFICATE_REVOKED = "disnaker.certificate.revoked.v1";

    /** Payload record per event type, in SPEC order; a consumer deserializes {@code data} with it. */
    public static final Map<String, Class<?>> PAYLOADS;

    private static final Map<String, String> TOPICS;

    static {
        Map<String, Class<?>> payloads = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        register(payloads, topics, PROGRAM_UPSERTED, ProgramUpserted.class, Topics.PROGRAMS);
        register(payloads, topics, PROGRAM_RETIRED, ProgramRetired.class, Topics.PROGRAMS);
        register(payloads, topics, ENROLLMENT_REQUESTED, EnrollmentRequested.class, Topics.ENROLLMENTS);
        register(payloads, topics, ENROLLMENT_WITHDRAWN, EnrollmentWithdrawn.class, Topics.ENROLLMENTS);
        register(payloads, topics, TRAINING_COMPLETED, TrainingCompleted.class, Topics.ENROLLMENTS);
        register(payloads, topics, ENROLLMENT_ACCEPTED, EnrollmentAccepted.class, Topics.DECISIONS);
        register(payloads, topics, ENROLLMENT_REJECTED, EnrollmentRejected.class, Topics.DECISIONS);
        register(payloads, topics, CERTIFICATE_ISSUED, CertificateIssued.class, Topics.DECISIONS);
        register(payloads, topics, CERTIFICATE_REVOKED, CertificateRevoked.class, Topics.DECISIONS);
        PAYLOADS = Collections.unmodifiableMap(payloads);
        TOPICS = Collections.unmodifiableMap(topics);
    }

    private EventTypes() {
    }

    /**
     * The topic an event of this type is published to.
     *
     * @throws IllegalArgumentException for a type not in the contract
     */
    public static String topicOf(String type) {
        String topic = TOPICS.get(type);
        if (topic == null) {
            throw new IllegalArgumentException("Unknown event type: " + type);
        }
        return topic;
    }

    private static void register(Map<String, Class<?>> payloads, Map<String, String> topics,
            String type, Class<?> payload, String topic) {
        payloads.put(type, payload);
        topics.put(type, topic);
    }
}
