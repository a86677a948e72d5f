package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.DeadLetterHeaders;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.program.ProgramCode;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Lists and replays what sits in {@code <topic>.dlq} after a fix. A replay runs the parked record through the
 * service's own consumer handler ({@link ReplayableConsumer}), never back onto {@code <topic>}: that topic belongs
 * to the other service, and the broker's ACLs let a service write only its own topics and its DLQs. Consumers are
 * idempotent by {@code ce_id}, so replaying one that did get processed changes nothing; one that fails again is
 * parked again (a new offset). The bulk replay's consumer group remembers how far it got, so a message is replayed
 * by it once; a PostgreSQL advisory lock (the replicas share the database) lets one bulk replay of a topic run at a
 * time, a second one is refused with 409 {@code replay-in-progress}.
 * <p>
 * Every request has one deadline ({@link #DEADLINE}) checked in every loop, and the broker's answers a bounded wait
 * ({@code default.api.timeout.ms}); a broker that does not answer in time gives 503 {@code broker-unavailable}.
 * Listing never creates the DLQ: one that does not exist (yet) is an empty page.
 */
@ApplicationScoped
public class DlqReplayer {

    /** The most a page of the listing holds. */
    public static final int MAX_PAGE = 500;

    /** How long one listing or replay request may take before it answers 503. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    /** First key of the bulk replays' advisory locks ("DLQR" in ASCII); the second is the hash of the topic. */
    public static final int LOCK_SPACE = 0x444C5152;

    /** The longest a single call to the broker waits ({@code default.api.timeout.ms}). */
    static final Duration API_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @Inject
    KafkaClientSettings kafka;

    @Inject
    ApplicationConfig application;

    @Inject
    DataSource dataSource;

    @Inject
    @Any
    Instance<ReplayableConsumer> consumers;

    public boolean canReplay(String topic) {
        return consumerOf(topic).isPresent();
    }

    /**
     * Up to {@code limit} parked messages from {@code partition} at {@code offset} (its start when null) onwards,
     * then the following partitions from their start.
     */
    public DlqPage list(String topic, int partition, Long offset, int limit) {
        String dlq = Topics.dlq(topic);
        Instant deadline = Instant.now().plus(DEADLINE);
        List<ParkedMessage> page = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(null))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            if (partitions.isEmpty()) {
                return new DlqPage(topic, page, null); // nothing was ever parked: the DLQ is not there (yet)
            }
            requirePartition(partitions, partition);
            for (int p = partition; p < partitions.size(); p++) {
                TopicPartition tp = partitions.get(p);
                consumer.assign(List.of(tp));
                long start = consumer.beginningOffsets(List.of(tp)).get(tp);
                long end = consumer.endOffsets(List.of(tp)).get(tp);
                consumer.seek(tp, p == partition && offset != null ? Math.max(offset, start) : start);
                while (consumer.position(tp) < end) {
                    requireTime(deadline);
                    for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                        if (page.size() == limit) {
                            return new DlqPage(topic, page, new DlqPage.Cursor(p, record.offset()));
                        }
                        page.add(describe(record));
                    }
                }
            }
        } catch (RetriableException e) {
            throw brokerUnavailable(dlq, e);
        }
        return new DlqPage(topic, page, null);
    }

    /** Replays the one message at {@code partition}/{@code offset} of the topic's DLQ. */
    public EventProcessor.Outcome replayOne(String topic, int partition, long offset) {
        ReplayableConsumer handler = consumerOf(topic).orElseThrow();
        String dlq = Topics.dlq(topic);
        Instant deadline = Instant.now().plus(DEADLINE);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(null))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            if (partitions.isEmpty()) {
                throw notParked();
            }
            requirePartition(partitions, partition);
            TopicPartition tp = partitions.get(partition);
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
                throw notParked();
            }
            consumer.seek(tp, offset);
            while (consumer.position(tp) < end) {
                requireTime(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() != offset) {
                        throw notParked(); // compacted away or a transaction marker: nothing at that offset
                    }
                    EventProcessor.Outcome outcome = run(handler, record, deadline);
                    Log.infof("DLQ replay of %s partition %d offset %d: %s", dlq, partition, offset, outcome);
                    return outcome;
                }
            }
        } catch (RetriableException e) {
            throw brokerUnavailable(dlq, e);
        }
        throw notParked();
    }

    /**
     * Replays everything the bulk replay has not replayed yet; how many messages ended how. Holds the topic's advisory
     * lock meanwhile, in a transaction of its own on a connection of its own (the events' transactions are others):
     * 409 {@code replay-in-progress} while another bulk replay of the topic holds it, on any replica.
     */
    public Map<EventProcessor.Outcome, Integer> replay(String topic) {
        ReplayableConsumer handler = consumerOf(topic).orElseThrow();
        Instant deadline = Instant.now().plus(DEADLINE);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                if (!tryLock(lock, topic)) {
                    throw ProblemException.conflict("replay-in-progress", "Another replay of this DLQ is running; "
                            + "run this one again once it has ended");
                }
                return replayLocked(handler, deadline);
            } finally {
                lock.rollback(); // ends the transaction, and with it the lock
            }
        } catch (SQLException e) {
            throw new ProblemException(503, "database-unavailable", "Service unavailable",
                    "The database cannot be reached just now; try again later");
        }
    }

    /** The key pair of {@code topic}'s bulk replay lock, as {@code pg_try_advisory_xact_lock(int, int)} takes it. */
    public static int[] lockKey(String topic) {
        return new int[] {LOCK_SPACE, topic.hashCode()};
    }

    private static boolean tryLock(Connection connection, String topic) throws SQLException {
        int[] key = lockKey(topic);
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            statement.setInt(1, key[0]);
            statement.setInt(2, key[1]);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private Map<EventProcessor.Outcome, Integer> replayLocked(ReplayableConsumer handler, Instant deadline) {
        String dlq = Topics.dlq(handler.topic());
        Map<EventProcessor.Outcome, Integer> outcomes = new EnumMap<>(EventProcessor.Outcome.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                consumerProps(application.name().orElseThrow() + ".dlq-replay"))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            consumer.assign(partitions);
            // Up to the end as it is now: what fails again is parked after it, and waits for the next replay.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, end)) {
                requireTime(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(dlq, record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    outcomes.merge(run(handler, record, deadline), 1, Integer::sum);
                    consumer.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        } catch (RetriableException e) {
            throw brokerUnavailable(dlq, e);
        }
        Log.infof("DLQ replay of %s: %s", dlq, outcomes);
        return outcomes;
    }

    private EventProcessor.Outcome run(ReplayableConsumer handler, ConsumerRecord<String, String> parked,
                                       Instant deadline) {
        try {
            return DeadLetters.within(deadline, () -> handler.replay(original(handler.topic(), parked)));
        } catch (DeadLetters.BrokerUnavailable e) {
            throw brokerUnavailable(parked.topic(), e);
        } catch (EventProcessor.ReplayInterrupted e) {
            Log.warnf("DLQ replay of %s stopped at partition %d offset %d: %s", parked.topic(), parked.partition(),
                    parked.offset(), e.getMessage());
            throw new ProblemException(503, "dlq-replay-failed", "Service unavailable", "A message could not be "
                    + "applied for a reason that passes by itself (the database unavailable, say); it stays parked. "
                    + "Run the replay again later: what was applied before it is not applied twice");
        }
    }

    /** The record as it was consumed from {@code topic}: its partition and offset there, without dead-letter headers. */
    static ConsumerRecord<String, String> original(String topic, ConsumerRecord<String, String> parked) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : parked.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        int partition = header(parked, DeadLetterHeaders.PARTITION).map(Integer::parseInt).orElse(parked.partition());
        long offset = header(parked, DeadLetterHeaders.OFFSET).map(Long::parseLong).orElse(parked.offset());
        return new ConsumerRecord<>(topic, partition, offset, parked.timestamp(), parked.timestampType(),
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, parked.key(), parked.value(), headers,
                Optional.empty());
    }

    static ParkedMessage describe(ConsumerRecord<String, String> record) {
        return new ParkedMessage(record.partition(), record.offset(), shownKey(record.key()),
                header(record, "ce_type").orElse(null), header(record, DeadLetterHeaders.REASON).orElse(null),
                Instant.ofEpochMilli(record.timestamp()));
    }

    /**
     * Our keys are program codes and enrollment ids; a record from anywhere else could carry anything (a NIK), so any
     * other key is withheld.
     */
    static String shownKey(String key) {
        if (key == null) {
            return null;
        }
        return ProgramCode.matches(key) || UUID_SHAPE.matcher(key).matches() ? key : "(withheld)";
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        try {
            return h == null || h.value() == null ? Optional.empty()
                    : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<ReplayableConsumer> consumerOf(String topic) {
        return consumers.stream().filter(c -> c.topic().equals(topic)).findFirst();
    }

    /** The DLQ's partitions in order; none when it does not exist (it is made by provisioning, never by listing). */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String dlq) {
        return consumer.partitionsFor(dlq, API_TIMEOUT).stream()
                .map(p -> new TopicPartition(dlq, p.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                .toList();
    }

    private static void requirePartition(List<TopicPartition> partitions, int partition) {
        if (partition >= partitions.size()) {
            throw new ProblemException(404, "not-found", "Not found", "The DLQ has no such partition");
        }
    }

    private static ProblemException notParked() {
        return new ProblemException(404, "not-found", "Not found", "No parked message at that offset");
    }

    private static void requireTime(Instant deadline) {
        if (Instant.now().isAfter(deadline)) {
            Log.warnf("DLQ request stopped: its deadline of %d s passed", DEADLINE.toSeconds());
            throw brokerUnavailable();
        }
    }

    private static ProblemException brokerUnavailable(String dlq, Exception e) {
        Log.warnf("DLQ request on %s stopped: %s", dlq, e.getClass().getSimpleName());
        return brokerUnavailable();
    }

    /** 503 with Retry-After (ProblemMappers adds it to every 503): the broker did not answer in time. */
    static ProblemException brokerUnavailable() {
        return new ProblemException(503, "broker-unavailable", "Service unavailable", "The Kafka broker did not "
                + "answer in time; nothing more was replayed, and what was replayed is not replayed twice: try again "
                + "later");
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Properties consumerProps(String group) {
        Properties props = kafka.properties();
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) API_TIMEOUT.toMillis());
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) API_TIMEOUT.toMillis());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
