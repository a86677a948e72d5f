package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.retention.ExpiredRows;
import id.go.bartim.pelatihan.platform.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;

/**
 * Published outbox rows are kept {@code APP_OUTBOX_RETENTION} for diagnosis (SPEC 9), then deleted: an enrollment
 * request's row carries the participant. Rows not yet published are never touched.
 */
@ApplicationScoped
public class OutboxRetention implements RetentionRule {

    @Inject
    OutboxConfig config;

    @Inject
    ExpiredRows expired;

    @Override
    public String name() {
        return "published-outbox-rows";
    }

    @Override
    public int apply(OffsetDateTime now) {
        return expired.delete("outbox_message", OutboxMessage.PURGE, now.minus(config.retention()));
    }
}
