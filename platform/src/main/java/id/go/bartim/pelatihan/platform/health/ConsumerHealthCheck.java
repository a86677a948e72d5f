package id.go.bartim.pelatihan.platform.health;

import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports when each event consumer last handled an event; informative, never takes the service down. */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    @Inject
    EventProcessor processor;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("consumers").up();
        processor.lastHandled().forEach((consumer, at) -> response.withData(consumer + ".lastEventAt", at.toString()));
        return response.build();
    }
}
