package id.go.bartim.pelatihan.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports the outbox backlog (rows not yet published); informative, never takes the service down. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                        from outbox_message where published_at is null""")
                .getSingleResult();
        return HealthCheckResponse.named("outbox").up()
                .withData("backlog", ((Number) row[0]).longValue())
                .withData("oldestAgeSeconds", Math.round(((Number) row[1]).doubleValue()))
                .build();
    }
}
