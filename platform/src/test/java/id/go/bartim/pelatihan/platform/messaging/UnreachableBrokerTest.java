package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.platform.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The DLQ endpoints' Kafka clients against an address where no broker answers: the listing answers 503
 * broker-unavailable (with Retry-After, as every 503 problem) instead of a 500 or waiting for ever, and a park made by
 * a replay gives up at the replay's deadline while the live consumers' park would keep trying.
 */
class UnreachableBrokerTest {

    private static final Duration BOUND = DlqReplayer.DEADLINE.plusSeconds(15);

    @Test
    void listing_a_dlq_without_a_broker_answers_503_broker_unavailable() {
        DlqReplayer replayer = new DlqReplayer();
        replayer.kafka = nowhere();

        ProblemException refused = assertTimeoutPreemptively(BOUND, () -> assertThrows(ProblemException.class,
                () -> replayer.list("disnaker.programs.v1", 0, null, 10)));

        assertEquals(503, refused.status());
        assertEquals("broker-unavailable", refused.code());
    }

    @Test
    void a_park_made_by_a_replay_gives_up_at_the_replays_deadline() {
        DeadLetters deadLetters = new DeadLetters();
        deadLetters.kafka = nowhere();
        deadLetters.stuck = StuckConsumers.withLimit(Duration.ofMinutes(2));
        deadLetters.registry = new SimpleMeterRegistry();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("disnaker.programs.v1", 0, 3L, "ABC-1", "{}");
        try {
            assertTimeoutPreemptively(BOUND, () -> assertThrows(DeadLetters.BrokerUnavailable.class,
                    () -> DeadLetters.within(Instant.now().plusSeconds(3), () -> {
                        deadLetters.park(record, "test", new PoisonMessageException("bad"));
                        return null;
                    })));
        } finally {
            deadLetters.close();
        }
    }

    /** Settings naming a local port nothing listens on. */
    private static KafkaClientSettings nowhere() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KafkaClientSettings(Map.of("bootstrap.servers", "127.0.0.1:" + port));
    }
}
