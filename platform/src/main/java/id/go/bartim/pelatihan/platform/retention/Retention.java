package id.go.bartim.pelatihan.platform.retention;

import id.go.bartim.pelatihan.platform.persistence.Failures;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every {@link RetentionRule} of the service once a day by itself (SPEC 9), acting as {@code retention}, each
 * rule in its own transaction after a transaction-scoped advisory lock of its own: a replica that finds the lock held
 * skips the rule, so of two replicas one does the work, and a rule that fails leaves the others done.
 */
@ApplicationScoped
public class Retention {

    /** The actor of every audit line a run writes (SPEC 9). */
    public static final String ACTOR = "retention";

    /** The scheduler's name for the daily run. */
    public static final String JOB = "retention";

    /** First key of the rules' advisory locks ("RETN" in ASCII); the second is the hash of the rule's name. */
    public static final int LOCK_SPACE = 0x5245544E;

    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(?, ?)";

    /** Generous: the first run on a database that was never cleaned may have years of rows to go through. */
    private static final int TIMEOUT_SECONDS = 600;

    /** What a run did with one rule. */
    public enum Outcome {
        /** Applied here; {@code count} rows or people changed (0: nothing was due). */
        APPLIED,
        /** Another replica held the rule's lock and applies it. */
        SKIPPED,
        /** Failed and rolled back; the next run tries again. */
        FAILED
    }

    /** One rule's part of a run. */
    public record Result(String rule, Outcome outcome, int count) {
    }

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    PlainStatements statements;

    @Scheduled(identity = JOB, cron = "{app.retention.cron}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Unscheduled.class)
    void daily() {
        run(BusinessTime.now());
    }

    /** Skips the daily run where {@code app.retention.scheduled} is false. */
    @Singleton
    public static class Unscheduled implements Scheduled.SkipPredicate {

        @Inject
        RetentionConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduled();
        }
    }

    /** Applies every rule as it stands at {@code now}, one transaction each, in the order of their names. */
    public List<Result> run(OffsetDateTime now) {
        List<RetentionRule> ordered = rules.stream().sorted(Comparator.comparing(RetentionRule::name)).toList();
        return CurrentActor.actingAs(CurrentActor.Acting.job(ACTOR),
                () -> ordered.stream().map(rule -> apply(rule, now)).toList());
    }

    private Result apply(RetentionRule rule, OffsetDateTime now) {
        try {
            Integer count = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() ->
                    locked(rule) ? rule.apply(now) : null);
            if (count == null) {
                Log.debugf("retention %s: another replica holds it, skipped", rule.name());
                return new Result(rule.name(), Outcome.SKIPPED, 0);
            }
            Log.infof("retention %s at %s: %d", rule.name(), now, count);
            return new Result(rule.name(), Outcome.APPLIED, count);
        } catch (RuntimeException e) {
            Log.errorf("retention %s failed (%s, message withheld); the next run tries again", rule.name(),
                    Failures.describe(e));
            return new Result(rule.name(), Outcome.FAILED, 0);
        }
    }

    /** Takes the rule's lock for this transaction, unless another transaction (another replica) holds it. */
    private boolean locked(RetentionRule rule) {
        return statements.query(TRY_LOCK, row -> row.getBoolean(1), LOCK_SPACE, rule.name().hashCode()).get(0);
    }
}
