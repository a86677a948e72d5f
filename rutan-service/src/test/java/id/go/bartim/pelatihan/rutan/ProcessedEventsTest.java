package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.inbox.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The inbox of a polled batch, recorded with one statement: the first copy of each event is applied, once. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void a_batch_applies_each_event_the_first_time_it_arrives_and_only_its_first_copy() {
        String consumer = "test-" + UUID.randomUUID();
        UUID seenBefore = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> processed.firstDelivery(consumer, seenBefore));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                processed.firstDeliveries(consumer, List.of(rolledBack));
                throw new IllegalStateException("the batch fails: its events are not recorded");
            });
        } catch (IllegalStateException expected) {
            // as intended
        }

        boolean[] first = QuarkusTransaction.requiringNew().call(() ->
                processed.firstDeliveries(consumer, List.of(a, seenBefore, b, a, rolledBack)));

        assertArrayEquals(new boolean[] {true, false, true, false, true}, first);
        assertArrayEquals(new boolean[] {false, false}, QuarkusTransaction.requiringNew().call(() ->
                processed.firstDeliveries(consumer, List.of(b, rolledBack))), "all recorded by the commit");
        assertArrayEquals(new boolean[] {true}, QuarkusTransaction.requiringNew().call(() ->
                processed.firstDeliveries("another-" + consumer, List.of(a))), "per consumer");
    }
}
