package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.retention.RetentionRule;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * SPEC 9 for participants, run daily by the platform's Retention: anonymises everyone {@link RetentionRules#due}
 * (name replaced, NIK and birth date removed, partner reference replaced, the conflicts about them forgotten, the
 * reasons their certificates were revoked for replaced by {@code [dihapus]}), with
 * one audit line {@code ANONYMISE participant <id>} each. Their decisions, slots and certificates stay, so every count is unchanged,
 * and certificates stay verifiable through the hash of the holder's name.
 *
 * <p>The people found due are locked and judged again before they change: an enrollment request for one of them
 * (the consumer locks the person it matches) either commits first, and then the person is no longer due, or waits,
 * and then no longer finds the anonymised person and registers a new one.
 */
@ApplicationScoped
public class ParticipantRetention implements RetentionRule {

    static final String ACTION = "ANONYMISE";

    /** People per round trip. */
    private static final int CHUNK = 500;

    @Inject
    ParticipantStore store;

    @Inject
    ParticipantRetentionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    @Override
    public String name() {
        return "participant-anonymisation";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(OffsetDateTime now) {
        List<UUID> due = due(store.retentionFacts(), now);
        return RetentionRule.inChunks(due, CHUNK, chunk -> anonymise(chunk, now));
    }

    private int anonymise(List<UUID> found, OffsetDateTime now) {
        List<UUID> locked = store.lockForRetention(found);
        List<UUID> due = due(store.retentionFacts(locked), now);
        if (due.isEmpty()) {
            return 0;
        }
        List<UUID> done = store.anonymise(due, now);
        if (done.isEmpty()) {
            return 0;
        }
        PlainStatements.Round round = statements.round();
        store.forgetConflicts(round, done);
        store.forgetRevocationReasons(round, done);
        for (UUID id : done) {
            audit.record(round, ACTION, Participant.AUDIT_TYPE, id);
            Log.debugf("participant %s anonymised", id);
        }
        round.send();
        return done.size();
    }

    private List<UUID> due(List<RetentionFacts> facts, OffsetDateTime now) {
        return facts.stream().filter(p -> RetentionRules.due(p, now, config.participant()))
                .map(RetentionFacts::id).toList();
    }
}
