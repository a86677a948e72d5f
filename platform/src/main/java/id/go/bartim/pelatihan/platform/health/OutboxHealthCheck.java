package id.go.bartim.pelatihan.platform.health;

import id.go.bartim.pelatihan.platform.outbox.OutboxBacklog;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports the outbox backlog (rows not yet published); informative, never takes the service down. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    PlainStatements statements;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        OutboxBacklog backlog = OutboxBacklog.read(statements);
        return HealthCheckResponse.named("outbox").up()
                .withData("backlog", backlog.rows())
                .withData("oldestAgeSeconds", backlog.oldestAgeSeconds())
                .build();
    }
}
