package id.go.bartim.pelatihan.platform.idempotency;

import id.go.bartim.pelatihan.platform.retention.ExpiredRows;
import id.go.bartim.pelatihan.platform.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * {@code Idempotency-Key} records are kept a day (SPEC 9): long enough for any client retry, and a stored response can
 * hold a person's full record, so no longer.
 */
@ApplicationScoped
public class IdempotencyRetention implements RetentionRule {

    private static final Duration KEPT = Duration.ofHours(24);

    private static final String DELETE_EXPIRED = "delete from idempotency_record where created_at < ?";

    @Inject
    ExpiredRows expired;

    @Override
    public String name() {
        return "idempotency-records";
    }

    @Override
    public int apply(OffsetDateTime now) {
        return expired.delete("idempotency_record", DELETE_EXPIRED, now.minus(KEPT));
    }
}
