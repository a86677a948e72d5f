package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import id.go.bartim.pelatihan.disnaker.participant.ParticipantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Revokes a certificate (SPEC 11): the row is locked while {@link CertificateRules} decides, so of two revocations at
 * once one wins and the other finds it revoked; the status change, its event (on the decisions topic, keyed by the
 * enrollment, after the certificate's issue) and the audit line commit together. The date is the business clock's.
 */
@ApplicationScoped
public class CertificateRevocation {

    static final String ACTION = "REVOKE";

    @Inject
    Clock clock;

    @Inject
    CurrentActor actor;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate revoke(String number, String reason) {
        Certificate c = Certificate.findById(number, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            // Named only when it is a number: whatever else was typed into the path may be personal data
            throw NotFound.of("Certificate", number, CertificateNumbers.isNumber(number));
        }
        c.revoke(reason, LocalDate.now(clock), actor.name());
        Participant holder = Participant.findById(c.participantId);
        if (holder != null && holder.anonymisedAt != null) {
            // The reason speaks of the holder: once retention anonymised them, it is not kept nor sent (SPEC 9)
            c.revocationReason = ParticipantStore.REMOVED_REASON;
        }
        outbox.append(Topics.DECISIONS, c.enrollmentId.toString(), EventTypes.CERTIFICATE_REVOKED,
                new CertificateRevoked(c.enrollmentId, c.number, c.revocationReason, c.revokedOn));
        audit.record(ACTION, Certificate.AUDIT_TYPE, c.number);
        return c;
    }
}
