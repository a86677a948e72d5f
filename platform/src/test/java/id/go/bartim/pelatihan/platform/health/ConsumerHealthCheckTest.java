package id.go.bartim.pelatihan.platform.health;

import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.platform.messaging.StuckConsumers;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumerHealthCheckTest {

    private final StuckConsumers consumers = StuckConsumers.withLimit(java.time.Duration.ZERO);

    @Test
    void is_not_ready_while_a_partition_is_stuck_and_ready_again_once_it_moves() {
        ConsumerHealthCheck readiness = new ConsumerHealthCheck();
        readiness.processor = new EventProcessor();
        readiness.consumers = consumers;
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

        consumers.failing("rutan.decisions.disnaker.enrollment-decisions.v1-1");
        HealthCheckResponse stuck = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, stuck.getStatus());
        assertTrue(stuck.getData().orElseThrow()
                .containsKey("rutan.decisions.disnaker.enrollment-decisions.v1-1.failingSince"));

        consumers.recovered("rutan.decisions.disnaker.enrollment-decisions.v1-1");
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    }

    @Test
    void is_not_live_once_a_channel_stopped() {
        ConsumerChannelsLiveness liveness = new ConsumerChannelsLiveness();
        liveness.consumers = consumers;
        assertEquals(HealthCheckResponse.Status.UP, liveness.call().getStatus());
        consumers.stopped("disnaker.enrollments", new IllegalStateException("interrupted"));
        HealthCheckResponse down = liveness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        assertEquals(IllegalStateException.class.getName(),
                down.getData().orElseThrow().get("disnaker.enrollments.stoppedBy"));
    }
}
