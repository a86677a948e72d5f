package id.go.bartim.pelatihan.platform.health;

import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.platform.messaging.StuckConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * When each event consumer last handled an event, and which partitions keep failing: DOWN once one has failed
 * for longer than {@code app.messaging.stuck-after} (it is retried in place meanwhile, so events behind it wait).
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    @Inject
    EventProcessor processor;

    @Inject
    StuckConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        var stuck = consumers.stuck();
        var response = HealthCheckResponse.named("consumers").status(stuck.isEmpty());
        processor.lastHandled().forEach((consumer, at) -> response.withData(consumer + ".lastEventAt", at.toString()));
        consumers.failing().forEach((where, since) -> response.withData(where + ".failingSince", since.toString()));
        return response.build();
    }
}
