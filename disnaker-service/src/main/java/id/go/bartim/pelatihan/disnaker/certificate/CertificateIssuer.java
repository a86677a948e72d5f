package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.decision.CertificateIssued;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Issues a COMPETENT completion's certificate, numbered by {@link CertificateNumbers} with the year's next sequence
 * ({@link CertificateStore}), announces it and writes its audit line, in the caller's transaction: a rolled-back issue
 * gives its number back (the table's unique (year, sequence) makes a duplicate impossible anyway). The holder's name
 * is kept as a salted hash ({@link HolderName}), so the certificate stays verifiable after retention removed the name.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateStore store;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(UUID enrollmentId, UUID participantId, String programCode, int year, LocalDate on) {
        Certificate c = new Certificate();
        c.year = year;
        CertificateStore.Next next = store.next(year, participantId);
        c.sequence = next.sequence();
        c.number = CertificateNumbers.format(programCode, year, c.sequence);
        c.enrollmentId = enrollmentId;
        c.participantId = participantId;
        c.programCode = programCode;
        c.issuedOn = on;
        c.status = CertificateStatus.VALID;
        c.verificationCode = VerificationCodes.next(RANDOM);
        HolderName.Hashed holder = HolderName.hash(next.holderName());
        c.holderNameSalt = holder.salt();
        c.holderNameHash = holder.hash();
        c.persist();
        outbox.append(Topics.DECISIONS, enrollmentId.toString(), EventTypes.CERTIFICATE_ISSUED,
                new CertificateIssued(enrollmentId, c.number, on));
        audit.record("ISSUE", Certificate.AUDIT_TYPE, c.number);
        return c;
    }
}
