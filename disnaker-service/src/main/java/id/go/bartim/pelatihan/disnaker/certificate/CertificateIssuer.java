package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.decision.CertificateIssued;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Numbers certificates as {@link CertificateNumbers} writes them. The per-year
 * counter is incremented in the issuing transaction and stays row-locked until it commits, so
 * numbers are handed out one at a time, and a rolled-back issue gives its number back: no gap,
 * no duplicate (the table's unique (year, sequence) makes a duplicate impossible anyway).
 */
@ApplicationScoped
public class CertificateIssuer {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(UUID enrollmentId, UUID participantId, String programCode, int year, LocalDate on) {
        int sequence = ((Number) em.createNativeQuery("""
                        insert into certificate_sequence (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = certificate_sequence.last_number + 1
                        returning last_number""")
                .setParameter("year", year).getSingleResult()).intValue();
        Certificate c = new Certificate();
        c.year = year;
        c.sequence = sequence;
        c.number = CertificateNumbers.format(programCode, year, sequence);
        c.enrollmentId = enrollmentId;
        c.participantId = participantId;
        c.programCode = programCode;
        c.issuedOn = on;
        c.persist();
        outbox.append(Topics.DECISIONS, enrollmentId.toString(), EventTypes.CERTIFICATE_ISSUED,
                new CertificateIssued(enrollmentId, c.number, on));
        return c;
    }
}
