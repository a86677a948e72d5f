package id.go.bartim.pelatihan.disnaker.privacy;

import id.go.bartim.pelatihan.disnaker.certificate.Certificate;
import id.go.bartim.pelatihan.disnaker.decision.EnrollmentDecision;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import id.go.bartim.pelatihan.disnaker.participant.ParticipantConflict;
import id.go.bartim.pelatihan.disnaker.quota.QuotaBoard;
import id.go.bartim.pelatihan.disnaker.quota.QuotaStore;
import id.go.bartim.pelatihan.platform.audit.AuditEventView;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.audit.AuditTrail;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A person's own data (SPEC 9): everything disnaker holds about one participant, gathered from each feature that
 * holds some, with the audit lines about those records. It is a read of the participant, audited as one.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    QuotaBoard quota;

    /** What disnaker holds about one participant. */
    public record Held(Participant participant, List<EnrollmentDecision> decisions, List<QuotaStore.Slot> slots,
                       List<Certificate> certificates, List<ParticipantConflict> conflicts,
                       List<AuditEventView> auditTrail) {
    }

    /**
     * The participant's data. The read's audit line is durable before anything else is read, so the trail served
     * includes it. An unknown participant is {@link NotFound}, with no line.
     */
    @Transactional
    public Held of(UUID participantId) {
        Participant participant = Participant.findById(participantId);
        if (participant == null) {
            throw new NotFound("Participant", participantId);
        }
        audit.read(Participant.AUDIT_TYPE, participantId);
        List<EnrollmentDecision> decisions = EnrollmentDecision.list("participantId",
                Sort.by("decidedAt").and("enrollmentId"), participantId);
        List<Certificate> certificates = Certificate.list("participantId", Sort.by("year").and("sequence"),
                participantId);
        List<ParticipantConflict> conflicts = ParticipantConflict.list(
                "participantId = ?1 or otherParticipantId = ?1", Sort.by("detectedAt").and("id"), participantId);
        // A conflict's rejected request was the person's own when the partner's reference named them
        Stream<UUID> requested = Stream.concat(decisions.stream().map(d -> d.enrollmentId),
                conflicts.stream().filter(c -> c.participantId.equals(participantId)).map(c -> c.enrollmentId));
        List<AuditEventView> lines = trail.about(Map.of(
                Participant.AUDIT_TYPE, List.of(participantId),
                EnrollmentDecision.AUDIT_TYPE, requested.toList(),
                Certificate.AUDIT_TYPE, certificates.stream().map(c -> c.number).toList(),
                ParticipantConflict.AUDIT_TYPE, conflicts.stream().map(c -> c.enrollmentId).toList()));
        return new Held(participant, decisions, quota.slotsOf(participantId), certificates, conflicts, lines);
    }
}
