package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.inmate.Inmate;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.decision.CertificateIssued;
import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.contract.decision.EnrollmentAccepted;
import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.platform.messaging.IncomingEvent;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import id.go.bartim.pelatihan.platform.messaging.ReplayableConsumer;
import id.go.bartim.pelatihan.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import id.go.bartim.pelatihan.rutan.training.TrainingClassStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies disnaker's decisions, certificates and their revocations ({@code disnaker.enrollment-decisions.v1}) to
 * the enrollments. Idempotent by {@code ce_id}; the same fact again finds the enrollment already
 * changed and does nothing. A decision that arrives after the rutan withdrew the enrollment is
 * outdated, not broken: it is skipped. An unknown enrollment is poison (DLQ). A polled batch is
 * applied in one transaction (see {@link EventProcessor#processBatch}). Each change is audited as
 * {@code event:<ce_source>} with its {@code ce_id} (SPEC 9).
 */
@ApplicationScoped
public class DecisionConsumer implements ReplayableConsumer {

    static final String CONSUMER = "rutan.enrollment-decisions";

    @Inject
    EventProcessor processor;

    @Inject
    ObjectMapper mapper;

    @Inject
    EnrollmentStore store;

    @Inject
    TrainingClassStore classes;

    @Inject
    WaitingList waitingList;

    @Inject
    MeterRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Incoming("decisions")
    @Blocking
    public void onBatch(ConsumerRecords<String, String> records) {
        processor.processBatch(CONSUMER, records, this::apply);
    }

    @Override
    public String topic() {
        return Topics.DECISIONS;
    }

    @Override
    public EventProcessor.Outcome replay(ConsumerRecord<String, String> record) {
        return processor.replay(CONSUMER, record, this::apply, null);
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.ENROLLMENT_ACCEPTED -> accepted(event.data(mapper, EnrollmentAccepted.class), event);
            case EventTypes.ENROLLMENT_REJECTED -> rejected(event.data(mapper, EnrollmentRejected.class), event);
            case EventTypes.CERTIFICATE_ISSUED -> certified(event.data(mapper, CertificateIssued.class), event);
            case EventTypes.CERTIFICATE_REVOKED -> revoked(event.data(mapper, CertificateRevoked.class), event);
            default -> throw new PoisonMessageException("unknown ce_type " + event.type());
        }
    }

    private void accepted(EnrollmentAccepted decision, IncomingEvent event) {
        UUID id = enrollmentId(decision.enrollmentId(), event);
        require(decision.decidedAt() != null, "decidedAt missing");
        decide(id, EnrollmentStatus.ACCEPTED, null, decision.decidedAt(), event);
    }

    private void rejected(EnrollmentRejected decision, IncomingEvent event) {
        UUID id = enrollmentId(decision.enrollmentId(), event);
        require(decision.decidedAt() != null && decision.reason() != null, "reason or decidedAt missing");
        decide(id, EnrollmentStatus.REJECTED, decision.reason(), decision.decidedAt(), event);
    }

    private void decide(UUID id, EnrollmentStatus status, String reason, OffsetDateTime decidedAt, IncomingEvent event) {
        Optional<EnrollmentStore.Decided> applied = store.decide(id, status, reason, decidedAt);
        if (applied.isEmpty()) {
            // Unknown (poison), or in a status the decision may not follow (withdrawn meanwhile, or told twice)
            skipped(find(id, LockModeType.NONE), event);
            return;
        }
        if (status == EnrollmentStatus.REJECTED) {
            classes.releaseSeat(applied.get().classId());
            waitingList.promote(applied.get().classId());
        }
        audit.record(status == EnrollmentStatus.ACCEPTED ? "ACCEPT" : "REJECT", RutanAudit.ENROLLMENT, id);
        decided(applied.get().requestedAt(), status.name().toLowerCase(Locale.ROOT));
    }

    private void certified(CertificateIssued issued, IncomingEvent event) {
        Enrollment e = find(enrollmentId(issued.enrollmentId(), event), LockModeType.PESSIMISTIC_WRITE);
        require(issued.certificateNumber() != null, "certificateNumber missing");
        if (issued.certificateNumber().equals(e.certificateNumber)) {
            skipped(e, event);
            return;
        }
        if (e.status != EnrollmentStatus.COMPLETED || e.certificateNumber != null) {
            throw new PoisonMessageException("certificate for enrollment " + e.id + " in status " + e.status);
        }
        e.recordCertificate(issued.certificateNumber());
        audit.record("CERTIFY", RutanAudit.ENROLLMENT, e.id);
    }

    /**
     * A revocation of the certificate the enrollment holds (it follows the issue: same key, same partition). The same
     * revocation again changes nothing; one of a certificate the enrollment does not hold is poison.
     */
    private void revoked(CertificateRevoked revocation, IncomingEvent event) {
        Enrollment e = find(enrollmentId(revocation.enrollmentId(), event), LockModeType.PESSIMISTIC_WRITE);
        require(revocation.certificateNumber() != null && revocation.revokedOn() != null
                && revocation.reason() != null && !revocation.reason().isBlank(),
                "certificateNumber, reason or revokedOn missing");
        if (!revocation.certificateNumber().equals(e.certificateNumber)) {
            throw new PoisonMessageException("revocation of a certificate enrollment " + e.id + " does not hold");
        }
        if (e.certificateStatus == CertificateStatus.REVOKED) {
            skipped(e, event);
            return;
        }
        // The reason speaks of the inmate: once retention anonymised them, it is not kept (as InmateStore clears it)
        Inmate inmate = Inmate.findById(e.inmateId);
        e.revokeCertificate(revocation.revokedOn(),
                inmate != null && inmate.anonymisedAt != null ? null : revocation.reason());
        audit.record("REVOKE_CERTIFICATE", RutanAudit.ENROLLMENT, e.id);
    }

    /**
     * Decision latency: from the rutan's request to the decision applied here (two broker hops), a histogram whose
     * buckets the platform's {@code LatencyHistograms} sets. Recorded once the
     * transaction commits: a batch that is undone and replayed one event at a time must not count its events twice.
     */
    private void decided(OffsetDateTime requestedAt, String outcome) {
        Duration latency = Duration.between(requestedAt, OffsetDateTime.now());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    Timer.builder("enrollment.decision.latency")
                            .description("From the enrollment request on rutan to disnaker's decision applied on rutan")
                            .tag("outcome", outcome)
                            .register(registry)
                            .record(latency);
                }
            }
        });
    }

    private static UUID enrollmentId(UUID id, IncomingEvent event) {
        require(id != null, "enrollmentId missing");
        if (!id.toString().equals(event.key())) {
            throw new PoisonMessageException("record key does not match enrollmentId");
        }
        return id;
    }

    /** The enrollment an event is about; an unknown one makes the event poison. */
    private static Enrollment find(UUID id, LockModeType lock) {
        Enrollment e = Enrollment.findById(id, lock);
        if (e == null) {
            throw new PoisonMessageException("unknown enrollment " + id);
        }
        return e;
    }

    private static void skipped(Enrollment e, IncomingEvent event) {
        Log.infof("event %s ce_id=%s for enrollment %s in status %s: nothing to change", event.type(), event.id(),
                e.id, e.status);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PoisonMessageException(problem);
        }
    }
}
