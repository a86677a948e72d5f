package id.go.bartim.pelatihan.platform.messaging;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.producer.RecordMetadata;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Re-publishes what sits in {@code <topic>.dlq} to {@code <topic>} after a fix, with its original
 * key, value and CloudEvents headers (the {@code dead-letter-*} ones dropped). A consumer group of
 * its own remembers how far it got, so a message is replayed once; consumers are idempotent by
 * {@code ce_id}, so replaying one that did get processed changes nothing.
 */
@ApplicationScoped
public class DlqReplayer {

    @Inject
    KafkaClientSettings kafka;

    @Inject
    ApplicationConfig application;

    @Inject
    DlqConfig config;

    public boolean canReplay(String topic) {
        return config.replayableTopics().contains(topic);
    }

    /** Replays everything currently in the topic's DLQ; returns how many messages went back. */
    public int replay(String topic) {
        String dlq = Topics.dlq(topic);
        int replayed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps());
             KafkaProducer<String, String> producer = ReliableProducer.create(kafka, "dlq-replayer")) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (!reachedEnd(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    sent.add(producer.send(
                            new ProducerRecord<>(topic, null, record.key(), record.value(), original(record))));
                    done.put(new TopicPartition(dlq, record.partition()), new OffsetAndMetadata(record.offset() + 1));
                    replayed++;
                }
            }
            producer.flush();
            // Every message must be back on the topic (acks=all) before the DLQ's offsets move past it.
            for (Future<RecordMetadata> ack : sent) {
                ack.get(ReliableProducer.SEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            consumer.commitSync(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw replayFailed();
        } catch (ExecutionException | TimeoutException e) {
            Log.warnf("DLQ replay of %s: the broker did not take every message back (%s)", dlq,
                    e.getClass().getSimpleName());
            throw replayFailed();
        }
        Log.infof("DLQ replay: %d message(s) from %s back to %s", replayed, dlq, topic);
        return replayed;
    }

    private static ProblemException replayFailed() {
        return new ProblemException(503, "dlq-replay-failed", "Service unavailable", "The broker did not take every "
                + "message back, so the DLQ was left as it was; run the replay again (messages that did go back are "
                + "applied once: consumers skip what they have seen)");
    }

    private static RecordHeaders original(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        return headers;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Properties consumerProps() {
        Properties props = kafka.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, application.name().orElseThrow() + ".dlq-replay");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
