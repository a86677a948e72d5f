package id.go.bartim.pelatihan.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What {@link StuckConsumers} tells the health checks, as gauges an alert can watch across replicas:
 * {@code messaging_stuck_partitions} (failing longer than {@code app.messaging.stuck-after}),
 * {@code messaging_failing_partitions} (failing at all) and {@code messaging_stopped_channels}. Read from memory on
 * each scrape.
 */
@ApplicationScoped
public class StuckConsumerGauges {

    @Inject
    StuckConsumers consumers;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        Gauge.builder("messaging.stuck.partitions", consumers, c -> c.stuck().size())
                .description("Consumer partitions whose event has failed for longer than app.messaging.stuck-after")
                .register(registry);
        Gauge.builder("messaging.failing.partitions", consumers, c -> c.failing().size())
                .description("Consumer partitions whose event is failing and being retried in place")
                .register(registry);
        Gauge.builder("messaging.stopped.channels", consumers, c -> c.stopped().size())
                .description("Consumer channels stopped by a failure until a restart")
                .register(registry);
    }
}
