package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.infra.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SPEC 12: both services on a broker that requires SASL/SCRAM-SHA-512 and enforces deploy/kafka/acls.txt, each
 * configured through KAFKA_* variables only, with its own user. The exchange works end to end; nobody writes a
 * topic that is not theirs.
 */
class SecuredKafkaFlowTest {

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.startSecured();
        flows = new Flows(system);
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void an_enrollment_is_decided_across_a_broker_requiring_scram_and_acls() {
        String code = flows.program(75);
        String classId = flows.runningClass(code, 10);

        String id = flows.enrolled(classId, flows.inmate());

        flows.awaitOnRutan(id, "ACCEPTED");
        flows.awaitOnDisnaker(id, "ACCEPTED");
    }

    @Test
    void the_health_checks_own_kafka_client_authenticates_too() {
        for (ServiceProcess service : new ServiceProcess[] {system.rutan, system.disnaker}) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(service.baseUrl() + "/q/health/ready")
                    .then().body("checks.find { it.name == 'kafka' }.data.reachable", equalTo(true)));
        }
    }

    @Test
    void each_service_creates_the_topics_it_owns_so_all_six_exist() {
        try (Admin admin = Admin.create(admin())) {
            await().atMost(Flows.PROPAGATION).until(() ->
                    admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(new HashSet<>(Topics.ALL)));
        }
    }

    @Test
    void a_service_with_provisioning_off_leaves_the_topics_as_it_finds_them() throws Exception {
        ConfigResource enrollments = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENROLLMENTS);
        try (Admin admin = Admin.create(admin())) {
            await().atMost(Flows.PROPAGATION).until(() -> admin.listTopics().names().get().contains(Topics.ENROLLMENTS));
            admin.incrementalAlterConfigs(Map.of(enrollments, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET)))).all().get();
            system.postgres.createDatabase("rutan_unprovisioned");
            ServiceProcess rutan = system.startService("rutan", "rutan_unprovisioned", Map.of("APP_KAFKA_PROVISION", "false"));
            try {
                // one that provisions sets it back within a second of its start (TopicRetentionTest)
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> "-1".equals(
                        admin.describeConfigs(List.of(enrollments)).all().get().get(enrollments)
                                .get(TopicConfig.RETENTION_MS_CONFIG).value()));
            } finally {
                rutan.stop();
            }
        }
    }

    @Test
    void a_client_with_unknown_credentials_is_refused() {
        Properties config = system.kafka.clientConfig("rutan-service", "not-the-password");

        Throwable refused = failedSend(config, Topics.ENROLLMENTS);

        assertInstanceOf(SaslAuthenticationException.class, refused);
    }

    @Test
    void a_client_without_credentials_gets_no_answer_from_the_broker() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers());

        Throwable refused = failedSend(config, Topics.ENROLLMENTS);

        assertInstanceOf(TimeoutException.class, refused);
    }

    @Test
    void rutan_may_not_write_the_topics_of_disnaker() {
        for (String topic : new String[] {Topics.DECISIONS, Topics.PROGRAMS, Topics.dlq(Topics.ENROLLMENTS)}) {
            assertInstanceOf(TopicAuthorizationException.class, failedSend(as("rutan-service"), topic), topic);
        }
    }

    @Test
    void disnaker_may_not_write_the_topics_of_rutan() {
        for (String topic : new String[] {Topics.ENROLLMENTS, Topics.dlq(Topics.DECISIONS), Topics.dlq(Topics.PROGRAMS)}) {
            assertInstanceOf(TopicAuthorizationException.class, failedSend(as("disnaker-service"), topic), topic);
        }
    }

    /**
     * The dead-letter paths under the ACLs: each service parks a poison record of the other's topic on its DLQ (Write),
     * lists it (Read) and replays it singly and in bulk (the group {@code <service>.dlq-replay}); still poison, it is
     * parked again each time. No Kafka authorization error on the way, in the answers or in the service's log.
     */
    @Test
    void poison_is_parked_listed_and_replayed_under_the_acls() throws Exception {
        deadLettersUnderTheAcls(system.rutan, flows.rutan(), "disnaker-service", Topics.PROGRAMS,
                "disnaker.program.upserted.v1");
        deadLettersUnderTheAcls(system.disnaker, flows.disnaker(), "rutan-service", Topics.ENROLLMENTS,
                "rutan.enrollment.requested.v1");
    }

    private static void deadLettersUnderTheAcls(ServiceProcess consumer, RequestSpecification officer,
                                                String producer, String topic, String type) throws Exception {
        Path log = system.root.resolve("logs/" + consumer.name().replace("-service", "") + "-"
                + consumer.name().replace("-service", "") + "-" + consumer.port() + ".log");
        long logFrom = Files.size(log);
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> poison = new ProducerRecord<>(topic, key, "{not json");
        for (String[] h : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", UUID.randomUUID().toString()},
                {"ce_type", type}, {"ce_source", "/" + producer}}) {
            poison.headers().add(h[0], h[1].getBytes(StandardCharsets.UTF_8));
        }
        try (KafkaProducer<String, String> kafka =
                     new KafkaProducer<>(as(producer), new StringSerializer(), new StringSerializer())) {
            kafka.send(poison).get(30, TimeUnit.SECONDS);
        }
        String dlq = "/api/v1/admin/dlq/" + topic;

        Map<String, Object> parked = await().atMost(Flows.PROPAGATION).until(() -> officer.get(dlq + "?limit=500")
                .then().statusCode(200).extract().jsonPath()
                .<String, Object>getMap("messages.find { it.key == '" + key + "' }"), m -> m != null);

        officer.post(dlq + "/" + parked.get("partition") + "/" + parked.get("offset") + "/replay")
                .then().statusCode(200).body("outcome", equalTo("parked"));
        int replayed = officer.post(dlq + "/replay").then().statusCode(200)
                .body("parked", equalTo(2)).extract().path("replayed");
        assertEquals(2, replayed, "the poison record and its copy parked by the single replay, both parked again");
        officer.get(dlq + "?limit=500").then().statusCode(200)
                .body("messages.findAll { it.key == '" + key + "' }.size()", equalTo(4));
        String written = Files.readString(log).substring((int) logFrom);
        assertFalse(written.contains("AuthorizationException") || written.contains("Not authorized"),
                consumer.name() + " met a Kafka authorization error");
    }

    private static Properties as(String user) {
        return system.kafka.clientConfig(user, system.kafkaPasswords.get(user));
    }

    private static Properties admin() {
        return system.kafka.adminConfig();
    }

    /** Why sending one record to {@code topic} with {@code config} failed (it must fail). */
    private static Throwable failedSend(Properties config, String topic) {
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "{}")).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (KafkaException thrownBySend) {
            return thrownBySend;
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            return fail("the send neither succeeded nor failed in time", e);
        }
        return fail("the broker accepted a record on " + topic);
    }
}
