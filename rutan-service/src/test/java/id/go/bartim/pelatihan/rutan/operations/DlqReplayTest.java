package id.go.bartim.pelatihan.rutan.operations;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.platform.messaging.DlqReplayer;
import id.go.bartim.pelatihan.testing.TestInfra;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An officer lists a dead-letter topic and replays it, all of it or one message, after a fix: the parked record runs
 * through rutan's own consumer (never back onto disnaker's topic), once; one that fails again is parked again.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class DlqReplayTest {

    @Inject
    DataSource dataSource;

    private static final String DLQ = "/api/v1/admin/dlq/" + Topics.PROGRAMS;

    @Test
    void replays_parked_messages_through_the_consumer_once() {
        String code = park(freshCode(), null);

        officer().post(DLQ + "/replay").then()
                .statusCode(200).body("replayed", greaterThanOrEqualTo(1)).body("applied", greaterThanOrEqualTo(1));
        viewer().get("/api/v1/programs/" + code).then().statusCode(200).body("name", equalTo("Dari DLQ"));

        officer().post(DLQ + "/replay").then().statusCode(200).body("applied", equalTo(0));
        assertTrue(kafka().readByKey(Topics.PROGRAMS, code).isEmpty(),
                "nothing is re-published to disnaker's topic, which rutan may not write");
    }

    @Test
    void replays_one_message_by_partition_and_offset_and_a_repeat_is_a_duplicate() {
        String code = park(freshCode(), null);
        ConsumerRecord<String, String> parked = parkedRecord(code);
        String one = DLQ + "/" + parked.partition() + "/" + parked.offset() + "/replay";

        officer().post(one).then().statusCode(200).body("outcome", equalTo("applied"));
        viewer().get("/api/v1/programs/" + code).then().statusCode(200);
        officer().post(one).then().statusCode(200).body("outcome", equalTo("duplicate"));
        officer().get("/api/v1/audit-events?resourceType=topic").then().statusCode(200)
                .body("items.resourceId", hasItem(Topics.PROGRAMS + "/" + parked.partition() + "/" + parked.offset()));
    }

    @Test
    void a_message_that_fails_again_is_parked_again() {
        String code = freshCode();
        park(code, "XX-" + code.substring(code.indexOf('-') + 1));
        ConsumerRecord<String, String> parked = parkedRecord(code);

        officer().post(DLQ + "/" + parked.partition() + "/" + parked.offset() + "/replay").then()
                .statusCode(200).body("outcome", equalTo("parked"));
        List<ConsumerRecord<String, String>> copies = kafka().readByKey(Topics.dlq(Topics.PROGRAMS), code);
        assertEquals(2, copies.size(), "parked again, at a new offset");
        assertEquals("record key does not match program code",
                KafkaTopics.header(copies.get(1), "dead-letter-reason"));
        viewer().get("/api/v1/programs/" + code).then().statusCode(404);
    }

    @Test
    void lists_parked_messages_without_payload_and_withholds_keys_that_are_not_ours() {
        String code = park(freshCode(), null);
        ConsumerRecord<String, String> parked = parkedRecord(code);
        String nikLike = "3171" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        kafka().send(KafkaTopics.cloudEvent(Topics.dlq(Topics.PROGRAMS), nikLike, EventTypes.PROGRAM_UPSERTED,
                UUID.randomUUID(), "{}"));

        Map<String, Object> message = officer().get(DLQ + "?partition=" + parked.partition() + "&offset="
                        + parked.offset() + "&limit=1")
                .then().statusCode(200)
                .body("messages.size()", equalTo(1))
                .extract().path("messages[0]");
        assertEquals(code, message.get("key"));
        assertEquals(EventTypes.PROGRAM_UPSERTED, message.get("type"));
        assertEquals("database was down", message.get("reason"));
        assertEquals(((Number) message.get("offset")).longValue(), parked.offset());
        assertTrue(message.containsKey("time"));
        assertEquals(List.of("key", "offset", "partition", "reason", "time", "type"),
                message.keySet().stream().sorted().toList(), "no payload, no headers");

        officer().get(DLQ + "?limit=1").then().statusCode(200)
                .body("messages.size()", equalTo(1)).body("next", notNullValue());
        officer().get(DLQ + "?limit=500").then().statusCode(200)
                .body("messages.size()", lessThanOrEqualTo(500))
                .body("messages.key", not(hasItem(nikLike)))
                .body("messages.key", hasItem("(withheld)"));
    }

    @Test
    void refuses_bad_numbers_absent_offsets_unknown_topics_and_non_officers() {
        officer().get(DLQ + "?limit=0").then().statusCode(400).contentType("application/problem+json");
        officer().get(DLQ + "?limit=501").then().statusCode(400);
        officer().get(DLQ + "?offset=abc").then().statusCode(400).contentType("application/problem+json");
        officer().post(DLQ + "/x/0/replay").then().statusCode(400).contentType("application/problem+json")
                .body("$", hasKey("errors"));
        officer().post(DLQ + "/0/-1/replay").then().statusCode(400);
        officer().post(DLQ + "/0/" + Long.MAX_VALUE + "/replay").then().statusCode(404);
        officer().post(DLQ + "/999/0/replay").then().statusCode(404);

        officer().post("/api/v1/admin/dlq/rutan.enrollments.v1/replay").then().statusCode(404);
        officer().post("/api/v1/admin/dlq/rutan.enrollments.v1/0/0/replay").then().statusCode(404);
        officer().get("/api/v1/admin/dlq/rutan.enrollments.v1").then().statusCode(404);
        viewer().post(DLQ + "/replay").then().statusCode(403);
        viewer().post(DLQ + "/0/0/replay").then().statusCode(403);
        viewer().get(DLQ).then().statusCode(403);
    }

    @Test
    void a_bulk_replay_is_refused_while_another_replica_replays_the_same_dlq() throws Exception {
        int[] key = DlqReplayer.lockKey(Topics.PROGRAMS);
        try (Connection otherReplica = dataSource.getConnection()) {
            advisoryLock(otherReplica, "select pg_advisory_lock(?, ?)", key);
            try {
                officer().post(DLQ + "/replay").then().statusCode(409).contentType("application/problem+json")
                        .body("type", endsWith("/replay-in-progress"));
            } finally {
                advisoryLock(otherReplica, "select pg_advisory_unlock(?, ?)", key);
            }
        }
        officer().post(DLQ + "/replay").then().statusCode(200);
    }

    @Test
    void listing_a_dlq_that_does_not_exist_yet_answers_an_empty_page_and_does_not_create_it() throws Exception {
        String dlq = Topics.dlq(Topics.PROGRAMS);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, dlq);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", TestInfra.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(dlq)).allTopicNames().get().get(dlq).partitions().size();
            Map<String, String> configs = admin.describeConfigs(List.of(resource)).all().get().get(resource).entries()
                    .stream().filter(e -> e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
            admin.deleteTopics(List.of(dlq)).all().get();
            await().atMost(Duration.ofSeconds(30)).until(() -> !admin.listTopics().names().get().contains(dlq));
            try {
                officer().get(DLQ).then().statusCode(200)
                        .body("messages.size()", equalTo(0)).body("next", nullValue());
                officer().post(DLQ + "/0/0/replay").then().statusCode(404);
                assertFalse(admin.listTopics().names().get().contains(dlq), "listing does not create the DLQ");
            } finally {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                    admin.createTopics(List.of(new NewTopic(dlq, partitions, (short) 1).configs(configs))).all().get();
                    return true;
                });
            }
        }
        officer().get("/api/v1/admin/dlq/rutan.enrollments.v1").then().statusCode(404);
    }

    private static void advisoryLock(Connection connection, String sql, int[] key) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, key[0]);
            statement.setInt(2, key[1]);
            statement.execute();
        }
    }

    /** A program event on the programs DLQ as the consumer parks it; with {@code programCode} unlike its key, poison. */
    private static String park(String key, String programCode) {
        ProducerRecord<String, String> parked = KafkaTopics.cloudEvent(Topics.dlq(Topics.PROGRAMS), key,
                EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(), """
                        {"code": "%s", "name": "Dari DLQ", "sector": "Industri", "description": null,
                         "trainingHours": 40, "minAttendancePercent": 80, "competencyUnits": [], "active": true,
                         "version": 0, "updatedAt": "2026-01-05T09:00:00+07:00"}"""
                        .formatted(programCode == null ? key : programCode));
        parked.headers().add("dead-letter-reason", "database was down".getBytes());
        parked.headers().add("dead-letter-topic", Topics.PROGRAMS.getBytes());
        parked.headers().add("dead-letter-partition", "0".getBytes());
        parked.headers().add("dead-letter-offset", "7".getBytes());
        kafka().send(parked);
        return key;
    }

    private static ConsumerRecord<String, String> parkedRecord(String key) {
        List<ConsumerRecord<String, String>> found = kafka().readByKey(Topics.dlq(Topics.PROGRAMS), key);
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "DQ" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + "-"
                + (1000 + random.nextInt(9000));
    }
}
