package id.go.bartim.pelatihan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the infrastructure itself does on this machine, one operation at a time: the floor under the services. */
final class Baselines {

    private static final String TOPIC = "bench.round-trip";
    private static final int WARMUP = 200;

    private Baselines() {
    }

    /** 1 KB produced with acks=all, then consumed, one at a time; send to receipt. */
    static Latencies kafkaRoundTrip(BenchSystem system, int samples) {
        system.kafka.createTopic(TOPIC, 1, Map.of());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        byte[] value = new byte[1024];
        Arrays.fill(value, (byte) 'x');
        long[] nanos = new long[samples];
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = -WARMUP; i < samples; i++) {
                long begin = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, null, value));
                awaitOne(consumer);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - begin;
                }
            }
        }
        return new Latencies(nanos);
    }

    private static void awaitOne(KafkaConsumer<byte[], byte[]> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException("A produced record never reached the consumer");
    }

    /** One-row INSERT and COMMIT on the services' PostgreSQL, in its own database, one at a time. */
    static Latencies postgresInsertCommit(BenchSystem system, int samples) throws SQLException {
        long[] nanos = new long[samples];
        try (Connection connection = system.connect("bench")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists bench_row (id bigint generated always as identity primary key,"
                        + " payload text not null, created_at timestamptz not null default now())");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into bench_row (payload) values (?)")) {
                for (int i = -WARMUP; i < samples; i++) {
                    long begin = System.nanoTime();
                    insert.setString(1, "row " + i);
                    insert.executeUpdate();
                    connection.commit();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - begin;
                    }
                }
            }
        }
        return new Latencies(nanos);
    }
}
