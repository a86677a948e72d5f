package id.go.bartim.pelatihan.platform.audit;

import id.go.bartim.pelatihan.platform.retention.ExpiredRows;
import id.go.bartim.pelatihan.platform.retention.RetentionConfig;
import id.go.bartim.pelatihan.platform.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/** Audit lines are kept {@code APP_RETENTION_AUDIT} (SPEC 9), then deleted (a scan of the table once a day: an
 * index by time would cost every write). */
@ApplicationScoped
public class AuditRetention implements RetentionRule {

    private static final String DELETE_EXPIRED = "delete from audit_event where occurred_at < ?";

    @Inject
    RetentionConfig config;

    @Inject
    ExpiredRows expired;

    @Override
    public String name() {
        return "audit-lines";
    }

    @Override
    public int apply(OffsetDateTime now) {
        return expired.delete("audit_event", DELETE_EXPIRED,
                now.atZoneSameInstant(WIB).minus(config.audit()).toOffsetDateTime());
    }
}
