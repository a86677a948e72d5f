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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
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
 * by it once.
 */
@ApplicationScoped
public class DlqReplayer {

    /** The most a page of the listing holds. */
    public static final int MAX_PAGE = 500;

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(10);
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @Inject
    KafkaClientSettings kafka;

    @Inject
    ApplicationConfig application;

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
        List<ParkedMessage> page = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(null))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            requirePartition(partitions, partition);
            for (int p = partition; p < partitions.size(); p++) {
                TopicPartition tp = partitions.get(p);
                consumer.assign(List.of(tp));
                long start = consumer.beginningOffsets(List.of(tp)).get(tp);
                long end = consumer.endOffsets(List.of(tp)).get(tp);
                consumer.seek(tp, p == partition && offset != null ? Math.max(offset, start) : start);
                while (consumer.position(tp) < end) {
                    for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                        if (page.size() == limit) {
                            return new DlqPage(topic, page, new DlqPage.Cursor(p, record.offset()));
                        }
                        page.add(describe(record));
                    }
                }
            }
        }
        return new DlqPage(topic, page, null);
    }

    /** Replays the one message at {@code partition}/{@code offset} of the topic's DLQ. */
    public EventProcessor.Outcome replayOne(String topic, int partition, long offset) {
        ReplayableConsumer handler = consumerOf(topic).orElseThrow();
        String dlq = Topics.dlq(topic);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(null))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            requirePartition(partitions, partition);
            TopicPartition tp = partitions.get(partition);
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
                throw notParked();
            }
            consumer.seek(tp, offset);
            while (consumer.position(tp) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() != offset) {
                        throw notParked(); // compacted away or a transaction marker: nothing at that offset
                    }
                    EventProcessor.Outcome outcome = run(handler, record);
                    Log.infof("DLQ replay of %s partition %d offset %d: %s", dlq, partition, offset, outcome);
                    return outcome;
                }
            }
        }
        throw notParked();
    }

    /** Replays everything the bulk replay has not replayed yet; how many messages ended how. */
    public Map<EventProcessor.Outcome, Integer> replay(String topic) {
        ReplayableConsumer handler = consumerOf(topic).orElseThrow();
        String dlq = Topics.dlq(topic);
        Map<EventProcessor.Outcome, Integer> outcomes = new EnumMap<>(EventProcessor.Outcome.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                consumerProps(application.name().orElseThrow() + ".dlq-replay"))) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            consumer.assign(partitions);
            // Up to the end as it is now: what fails again is parked after it, and waits for the next replay.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(dlq, record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    outcomes.merge(run(handler, record), 1, Integer::sum);
                    consumer.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        }
        Log.infof("DLQ replay of %s: %s", dlq, outcomes);
        return outcomes;
    }

    private EventProcessor.Outcome run(ReplayableConsumer handler, ConsumerRecord<String, String> parked) {
        try {
            return handler.replay(original(handler.topic(), parked));
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

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String dlq) {
        return consumer.partitionsFor(dlq, METADATA_WAIT).stream()
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

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Properties consumerProps(String group) {
        Properties props = kafka.properties();
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
