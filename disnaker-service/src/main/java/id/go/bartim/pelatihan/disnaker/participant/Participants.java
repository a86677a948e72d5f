package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Finds the person an enrollment request is about, or registers them. Concurrent requests for a
 * new person race on the unique keys; the loser's transaction fails and is retried by the consumer,
 * and then finds the winner's row.
 */
@ApplicationScoped
public class Participants {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Participant match(String partnerCode, EnrollmentRequested.Participant data) {
        Participant p = null;
        if (data.nik() != null) {
            p = Participant.find("nik", data.nik()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }
        if (p == null) {
            p = Participant.find("partnerCode = ?1 and partnerRef = ?2", partnerCode, data.partnerRef())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }
        OffsetDateTime now = BusinessTime.now();
        if (p == null) {
            p = new Participant();
            p.id = UUID.randomUUID();
            p.partnerCode = partnerCode;
            p.partnerRef = data.partnerRef();
            p.createdAt = now;
            p.nik = data.nik();
            update(p, data, now);
            p.persist();
            em.flush();
            return p;
        }
        if (p.nik == null && data.nik() != null) {
            p.nik = data.nik();
        }
        update(p, data, now);
        return p;
    }

    private static void update(Participant p, EnrollmentRequested.Participant data, OffsetDateTime now) {
        p.fullName = data.fullName();
        p.birthDate = data.birthDate();
        p.sex = data.sex();
        p.educationLevel = data.educationLevel();
        p.updatedAt = now;
    }
}
