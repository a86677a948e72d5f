package id.go.bartim.pelatihan.infra;

import org.jboss.logging.Logger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs kafka-broker packaged first (reactor order, or mvn -pl kafka-broker package). */
class KafkaBrokerProcessTest {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProcessTest.class);

    private static final String TOPIC = "smoke";

    @TempDir
    Path temp;

    @Test
    void serves_records_and_keeps_them_across_a_restart_on_the_same_port() throws Exception {
        long begin = System.nanoTime();
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(ProjectRoot.locate(), temp.resolve("kafka"), 0)) {
            LOG.infof("Kafka broker first start took %d ms", (System.nanoTime() - begin) / 1_000_000);
            broker.createTopic(TOPIC, 1, Map.of("retention.ms", "-1"));
            broker.createTopic(TOPIC, 1, Map.of()); // already there: no error

            produce(broker, "k1", "hello");
            assertEquals(List.of("hello"), consumeAll(broker));

            broker.stop();
            assertFalse(broker.isAlive());

            begin = System.nanoTime();
            broker.restart();
            LOG.infof("Kafka broker restart took %d ms", (System.nanoTime() - begin) / 1_000_000);
            assertTrue(broker.isAlive());
            assertEquals(List.of("hello"), consumeAll(broker));
        }
    }

    private static void produce(KafkaBrokerProcess broker, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads the topic from the start with a fresh group until one record arrives or 30 s pass. */
    private static List<String> consumeAll(KafkaBrokerProcess broker) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
