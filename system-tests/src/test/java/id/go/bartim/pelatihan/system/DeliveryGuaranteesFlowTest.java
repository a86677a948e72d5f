package id.go.bartim.pelatihan.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redelivery and poison across the real exchange: a copy of one of rutan's own events, with the
 * same ce_id or a new one, changes nothing at disnaker; a poison message is parked in the DLQ with
 * its headers and the consumer carries on with the next one.
 */
class DeliveryGuaranteesFlowTest {

    private static final String ENROLLMENTS = "rutan.enrollments.v1";

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
        flows = new Flows(system);
    }

    @Test
    void a_redelivered_request_with_the_same_or_a_new_ce_id_reserves_nothing_more() {
        String classId = flows.runningClass(flows.program(80), 10);
        String id = flows.enrolled(classId, flows.inmate());
        flows.awaitOnDisnaker(id, "ACCEPTED");
        int reserved = flows.quota().getInt("reserved");

        ConsumerRecord<String, String> original = readByKey(ENROLLMENTS, id).get(0);
        send(copy(original, null));
        send(copy(original, UUID.randomUUID().toString()));
        String marker = flows.enrolled(classId, flows.inmate());
        flows.awaitOnDisnaker(marker, "ACCEPTED");

        assertEquals(reserved + 1, flows.quota().getInt("reserved"), "only the marker reserved a slot");
        assertEquals(1, readByKey("disnaker.enrollment-decisions.v1", id).size(), "one decision for the enrollment");
    }

    @Test
    void a_poison_message_goes_to_the_dlq_with_its_headers_and_the_consumer_carries_on() {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> poison = new ProducerRecord<>(ENROLLMENTS, key, "{not json");
        header(poison, "ce_specversion", "1.0");
        header(poison, "ce_id", UUID.randomUUID().toString());
        header(poison, "ce_type", "rutan.enrollment.requested.v1");
        header(poison, "ce_source", "/rutan-service");
        send(poison);
        String next = flows.enrolled(flows.runningClass(flows.program(80), 10), flows.inmate());

        flows.awaitOnDisnaker(next, "ACCEPTED");
        ConsumerRecord<String, String> parked = await().atMost(Flows.PROPAGATION)
                .until(() -> readByKey(ENROLLMENTS + ".dlq", key), r -> !r.isEmpty()).get(0);
        assertNotNull(parked.headers().lastHeader("dead-letter-reason"));
        assertEquals("rutan.enrollment.requested.v1",
                new String(parked.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
    }

    /**
     * The database goes away while disnaker holds an event it must apply: the event is retried in place (per-key
     * order), the partition is reported stuck in readiness while the channel stays alive, also past the minute
     * after which the Kafka connector used to give up on a waiting record and close the consumer for good; once
     * the database is back, consumption goes on.
     */
    @Test
    void a_consumer_waits_out_a_database_outage_longer_than_a_minute_and_carries_on() {
        String classId = flows.runningClass(flows.program(80), 10);
        String id = flows.enrolled(classId, flows.inmate());
        flows.awaitOnDisnaker(id, "ACCEPTED");
        ConsumerRecord<String, String> original = readByKey(ENROLLMENTS, id).get(0);

        long down = System.nanoTime();
        system.postgres.stop();
        try {
            // A new ce_id: disnaker must record it, which it cannot while the database is down.
            send(copy(original, UUID.randomUUID().toString()));
            await().atMost(TrainingSystem.STUCK_AFTER.plusSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "DOWN".equals(check(readiness(), "consumers").get("status")));
            Map<String, Object> consumers = check(readiness(), "consumers");
            assertTrue(String.valueOf(consumers.get("data")).contains("failingSince"), String.valueOf(consumers));
            // Past the connector's old 60 s limit the channel is still there: live, and the partition still waiting.
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> Duration.ofNanos(System.nanoTime() - down).toSeconds() > 75
                            && "DOWN".equals(check(readiness(), "consumers").get("status"))
                            && "UP".equals(check(liveness(), "consumer-channels").get("status")));
        } finally {
            system.postgres.restart();
        }

        String next = flows.enrolled(classId, flows.inmate());
        flows.awaitOnDisnaker(next, "ACCEPTED");
        await().atMost(Flows.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(() -> "UP".equals(check(readiness(), "consumers").get("status")));
        // None of disnaker's three enrollment consumers was closed meanwhile (the others would have taken over
        // its partitions, hiding the loss): all three are still members of the group.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> groupMembers("disnaker-service.enrollments") == 3);
    }

    private static int groupMembers(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafka.bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS)
                    .get(group).members().size();
        }
    }

    private static io.restassured.path.json.JsonPath readiness() {
        return io.restassured.RestAssured.given().baseUri(system.disnaker.baseUrl()).get("/q/health/ready").jsonPath();
    }

    private static io.restassured.path.json.JsonPath liveness() {
        return io.restassured.RestAssured.given().baseUri(system.disnaker.baseUrl()).get("/q/health/live").jsonPath();
    }

    private static Map<String, Object> check(io.restassured.path.json.JsonPath health, String name) {
        Map<String, Object> found = health.getMap("checks.find { it.name == '" + name + "' }");
        return found == null ? Map.of() : found;
    }

    private static ProducerRecord<String, String> copy(ConsumerRecord<String, String> original, String newCeId) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(original.topic(), original.key(), original.value());
        for (Header h : original.headers()) {
            if (newCeId != null && h.key().equals("ce_id")) {
                header(copy, "ce_id", newCeId);
            } else {
                copy.headers().add(h);
            }
        }
        return copy;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ConsumerRecord<String, String>> readByKey(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
