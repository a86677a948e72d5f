package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Finds the people a batch of enrollment requests is about ({@link ParticipantRules#identify}), then registers them,
 * applies the requests' corrections, or records the conflicts, each with its audit line. Concurrent batches for a new
 * person race on the unique keys; the loser's transaction fails and is retried by the consumer, and then finds the
 * winner's row.
 */
@ApplicationScoped
public class Participants {

    @Inject
    ParticipantStore store;

    @Inject
    AuditLog audit;

    /** The partner's key and the NIK of a request's participant: what finds the person it is about. */
    public record Key(String partnerCode, String partnerRef, String nik) {
    }

    /** The people with the requests' NIKs or partner keys, found and locked with one select, to match requests to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Matching matching(List<Key> keys) {
        if (keys.isEmpty()) {
            return new Matching(new KnownPeople(List.of()));
        }
        Set<String> niks = new TreeSet<>();
        List<String> codes = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (Key key : keys) {
            if (key.nik() != null) {
                niks.add(key.nik());
            }
            codes.add(key.partnerCode());
            refs.add(key.partnerRef());
        }
        return new Matching(new KnownPeople(store.candidates(niks, codes, refs)));
    }

    /**
     * A batch's matching, request by request in order; what it registers, corrects and records is written by
     * {@link #write}, in the round of the batch's decisions.
     */
    public final class Matching {

        private final KnownPeople people;
        private final Map<UUID, ParticipantStore.Written> registered = new LinkedHashMap<>();
        private final Map<UUID, ParticipantStore.Written> corrected = new LinkedHashMap<>();
        private final List<PendingConflict> conflicts = new ArrayList<>();
        private final List<AuditLog.Line> lines = new ArrayList<>();

        private Matching(KnownPeople people) {
            this.people = people;
        }

        /**
         * The person's id; their registration or correction and its audit line (by whoever acts now) are kept for
         * {@link #write}. Empty when the request's NIK belongs to another participant: then the conflict is kept
         * instead, and neither person changes.
         */
        public Optional<UUID> match(UUID enrollmentId, String partnerCode, EnrollmentRequested.Participant data) {
            ParticipantRules.Identity identity = people.identify(partnerCode, data);
            OffsetDateTime now = BusinessTime.now();
            if (identity instanceof ParticipantRules.Identity.Known known) {
                if (!known.changedFields().isEmpty()) {
                    ParticipantStore.Known person = people.correct(known, data);
                    ParticipantStore.Written created = registered.get(person.id());
                    if (created != null) {
                        // Registered by this batch: its row is inserted as the batch leaves it
                        registered.put(person.id(), new ParticipantStore.Written(person, created.createdAt(), now));
                    } else {
                        corrected.put(person.id(), new ParticipantStore.Written(person, now, now));
                    }
                    lines.add(audit.line("UPDATE", Participant.AUDIT_TYPE, known.id(), known.changedFields()));
                }
                return Optional.of(known.id());
            }
            if (identity instanceof ParticipantRules.Identity.Conflict conflict) {
                conflicts.add(new PendingConflict(enrollmentId, partnerCode, data.partnerRef(),
                        conflict.participantId(), conflict.otherParticipantId(), now));
                lines.add(audit.line("CREATE", ParticipantConflict.AUDIT_TYPE, enrollmentId, List.of()));
                return Optional.empty();
            }
            UUID id = UUID.randomUUID();
            registered.put(id, new ParticipantStore.Written(people.register(id, partnerCode, data), now, now));
            lines.add(audit.line("CREATE", Participant.AUDIT_TYPE, id, List.of()));
            return Optional.of(id);
        }

        /**
         * Adds what the matching changed to {@code round}: the corrections first (a NIK one person gives up is free
         * for a person the batch registers), then the new people, the conflicts and the audit lines.
         */
        public void write(PlainStatements.Round round) {
            store.updateAll(round, corrected.values());
            store.insertAll(round, registered.values());
            for (PendingConflict c : conflicts) {
                store.insertConflict(round, c.enrollmentId(), c.partnerCode(), c.partnerRef(), c.participantId(),
                        c.otherParticipantId(), c.detectedAt());
            }
            audit.recordLines(round, lines);
        }
    }

    private record PendingConflict(UUID enrollmentId, String partnerCode, String partnerRef, UUID participantId,
                                   UUID otherParticipantId, OffsetDateTime detectedAt) {
    }
}
