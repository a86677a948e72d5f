package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the person an enrollment request is about ({@link ParticipantRules#identify}), then registers them, applies
 * the request's corrections, or records the conflict, each with its audit line. Concurrent requests for a new person
 * race on the unique keys; the loser's transaction fails and is retried by the consumer, and then finds the winner's
 * row.
 */
@ApplicationScoped
public class Participants {

    @Inject
    ParticipantStore store;

    @Inject
    AuditLog audit;

    /**
     * The person's id, found and locked with one select; their row, new or corrected, and its audit line are added to
     * {@code round} to be sent with the decision's other statements. Empty when the request's NIK belongs to another
     * participant: then the conflict is added instead, and neither person changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> match(PlainStatements.Round round, UUID enrollmentId, String partnerCode,
                                EnrollmentRequested.Participant data) {
        ParticipantRules.Identity identity = ParticipantRules.identify(
                store.candidates(data.nik(), partnerCode, data.partnerRef()), partnerCode, data);
        OffsetDateTime now = BusinessTime.now();
        if (identity instanceof ParticipantRules.Identity.Known known) {
            if (!known.changedFields().isEmpty()) {
                store.update(round, known.id(), known.nik(), data, now);
                audit.record(round, "UPDATE", Participant.AUDIT_TYPE, known.id(), known.changedFields());
            }
            return Optional.of(known.id());
        }
        if (identity instanceof ParticipantRules.Identity.Conflict conflict) {
            store.insertConflict(round, enrollmentId, partnerCode, data.partnerRef(), conflict.participantId(),
                    conflict.otherParticipantId(), now);
            audit.record(round, "CREATE", ParticipantConflict.AUDIT_TYPE, enrollmentId);
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        store.insert(round, id, partnerCode, data, now);
        audit.record(round, "CREATE", Participant.AUDIT_TYPE, id);
        return Optional.of(id);
    }
}
