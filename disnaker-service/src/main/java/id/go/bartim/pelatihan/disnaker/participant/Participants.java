package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the person an enrollment request is about, or registers them. Concurrent requests for a
 * new person race on the unique keys; the loser's transaction fails and is retried by the consumer,
 * and then finds the winner's row.
 */
@ApplicationScoped
public class Participants {

    /** The resource type of the audit lines about a participant. */
    public static final String AUDIT_TYPE = "participant";

    @Inject
    ParticipantStore store;

    /**
     * SPEC 4: a person is identified by NIK when present, otherwise by (partnerCode, partnerRef). Of the people known
     * by either key, the one with the NIK, else the one with the partner's reference.
     */
    public static Optional<UUID> identify(List<ParticipantStore.Known> known, String nik, String partnerCode,
                                          String partnerRef) {
        Optional<ParticipantStore.Known> byNik = nik == null
                ? Optional.empty() : known.stream().filter(k -> nik.equals(k.nik())).findFirst();
        return byNik.or(() -> known.stream()
                        .filter(k -> partnerCode.equals(k.partnerCode()) && Objects.equals(partnerRef, k.partnerRef()))
                        .findFirst())
                .map(ParticipantStore.Known::id);
    }

    /**
     * The person's id: found and locked with one select, then their row, new or refreshed with the request's data,
     * added to {@code round} to be sent with the decision's other statements.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID match(PlainStatements.Round round, String partnerCode, EnrollmentRequested.Participant data) {
        List<ParticipantStore.Known> known = store.candidates(data.nik(), partnerCode, data.partnerRef());
        Optional<UUID> found = identify(known, data.nik(), partnerCode, data.partnerRef());
        OffsetDateTime now = BusinessTime.now();
        if (found.isEmpty()) {
            UUID id = UUID.randomUUID();
            store.insert(round, id, partnerCode, data, now);
            return id;
        }
        store.update(round, found.get(), data, now);
        return found.get();
    }
}
