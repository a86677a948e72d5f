package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.retention.RetentionRule;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * SPEC 9 for inmates, run daily by the platform's Retention: anonymises everyone {@link RetentionRules#due} (name
 * replaced, NIK, birth date and cell block removed, registration number replaced, the notes about them cleared), with
 * one audit line {@code ANONYMISE inmate <id>} each. Sex, education level and the dates stay, for the counts.
 */
@ApplicationScoped
public class InmateRetention implements RetentionRule {

    static final String ACTION = "ANONYMISE";

    /** People per round trip: one round holds their notes and audit lines. */
    private static final int CHUNK = 500;

    @Inject
    InmateStore store;

    @Inject
    InmateRetentionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    PlainStatements statements;

    @Override
    public String name() {
        return "inmate-anonymisation";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(WIB).toLocalDate();
        List<UUID> due = store.retentionFacts().stream()
                .filter(inmate -> RetentionRules.due(inmate, today, config.inmate()))
                .map(RetentionFacts::id).toList();
        return RetentionRule.inChunks(due, CHUNK, chunk -> anonymise(chunk, now));
    }

    private int anonymise(List<UUID> due, OffsetDateTime now) {
        List<UUID> done = store.anonymise(due, now);
        if (done.isEmpty()) {
            return 0;
        }
        PlainStatements.Round round = statements.round();
        store.clearNotes(round, done);
        for (UUID id : done) {
            audit.record(round, ACTION, RutanAudit.INMATE, id);
            Log.debugf("inmate %s anonymised", id);
        }
        round.send();
        return done.size();
    }
}
