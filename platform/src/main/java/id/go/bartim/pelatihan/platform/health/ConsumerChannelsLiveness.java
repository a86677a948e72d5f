package id.go.bartim.pelatihan.platform.health;

import id.go.bartim.pelatihan.platform.messaging.StuckConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN once an event channel has stopped (its method threw, which the channel's {@code fail} strategy answers by
 * stopping it): only a restart resumes it, from the last committed offset, so nothing is lost.
 */
@Liveness
@ApplicationScoped
public class ConsumerChannelsLiveness implements HealthCheck {

    @Inject
    StuckConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        var stopped = consumers.stopped();
        var response = HealthCheckResponse.named("consumer-channels").status(stopped.isEmpty());
        stopped.forEach((consumer, failure) -> response.withData(consumer + ".stoppedBy", failure));
        return response.build();
    }
}
