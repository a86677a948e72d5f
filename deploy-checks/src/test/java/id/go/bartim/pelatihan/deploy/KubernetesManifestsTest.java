package id.go.bartim.pelatihan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.infra.KafkaAcls;
import id.go.bartim.pelatihan.testing.CheckTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static id.go.bartim.pelatihan.deploy.RenderedManifests.containers;
import static id.go.bartim.pelatihan.deploy.RenderedManifests.elements;
import static id.go.bartim.pelatihan.deploy.RenderedManifests.env;
import static id.go.bartim.pelatihan.deploy.RenderedManifests.name;
import static id.go.bartim.pelatihan.deploy.RenderedManifests.secretOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/k8s (SPEC 12): what {@code kubectl kustomize deploy/k8s} renders is what the SPEC and acls.txt say. */
class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("rutan-service", "disnaker-service");
    /** Env names whose value is a credential: they must come from a Secret, never be written here. */
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE).*");

    /**
     * Memory a Quarkus service's JVM needs besides the heap: metaspace (~90 Mi measured), code cache (64 Mi,
     * -XX:ReservedCodeCacheSize), thread stacks, GC and Netty buffers.
     */
    private static final long NON_HEAP = 192;

    private static RenderedManifests k8s;

    @BeforeAll
    static void render() {
        k8s = RenderedManifests.render();
    }

    @Test
    void each_service_runs_two_replicas_probed_on_quarkus_health() {
        assertEquals(SERVICES, k8s.ofKind("Deployment").stream().map(RenderedManifests::name).collect(Collectors.toSet()));
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            assertEquals(2, deployment.path("spec").path("replicas").asInt(), name(deployment));
            for (JsonNode container : containers(deployment)) {
                assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), name(deployment));
                assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name(deployment));
                assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name(deployment));
            }
        }
    }

    @Test
    void every_container_has_cpu_and_memory_requests_and_limits() {
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            for (JsonNode container : containers(deployment)) {
                for (String path : List.of("/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory")) {
                    assertFalse(container.path("resources").at(path).asText().isBlank(), name(deployment) + path);
                }
            }
        }
    }

    /**
     * The heap the image's JVM may take ({@code -XX:MaxRAMPercentage} of deploy/Dockerfile, which a
     * JAVA_TOOL_OPTIONS could not lower: the command line comes after it) leaves {@link #NON_HEAP} of the memory
     * limit for the rest of the JVM, else the container is OOM-killed before the heap is full.
     */
    @Test
    void the_heap_cap_of_the_image_leaves_room_for_the_rest_of_the_jvm_within_the_memory_limit() throws Exception {
        String dockerfile = Files.readString(CheckTools.projectRoot().resolve("deploy/Dockerfile"));
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(dockerfile);
        assertTrue(percentage.find(), "deploy/Dockerfile sets no -XX:MaxRAMPercentage");
        int percent = Integer.parseInt(percentage.group(1));
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            for (JsonNode container : containers(deployment)) {
                assertFalse(env(container, "JAVA_TOOL_OPTIONS").map(e -> e.toString().contains("MaxRAM")).orElse(false),
                        name(deployment) + ": the image's command line overrides a heap size in JAVA_TOOL_OPTIONS");
                long limit = mebibytes(container.at("/resources/limits/memory").asText());
                long heap = limit * percent / 100;
                assertTrue(limit - heap >= NON_HEAP, name(deployment) + ": a limit of " + limit + " Mi with a heap of "
                        + heap + " Mi leaves less than " + NON_HEAP + " Mi for the rest of the JVM");
            }
        }
    }

    /** A memory quantity in Mi or Gi, as the Deployments write it. */
    private static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(m.matches(), "memory as <n>Mi or <n>Gi: " + quantity);
        return Long.parseLong(m.group(1)) * ("Gi".equals(m.group(2)) ? 1024 : 1);
    }

    @Test
    void each_service_has_a_pod_disruption_budget_and_a_service() {
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            JsonNode labels = deployment.at("/spec/selector/matchLabels");
            assertTrue(k8s.ofKind("PodDisruptionBudget").stream().anyMatch(pdb ->
                    pdb.at("/spec/selector/matchLabels").equals(labels)), "no PDB selects " + name(deployment));
            assertTrue(k8s.ofKind("Service").stream().anyMatch(service ->
                    service.at("/spec/selector").equals(labels)), "no Service selects " + name(deployment));
        }
    }

    @Test
    void no_secret_is_written_in_the_repository() {
        assertEquals(List.of(), k8s.ofKind("Secret").stream()
                .filter(s -> s.has("data") || s.has("stringData")).map(RenderedManifests::name).toList());
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            for (JsonNode container : containers(deployment)) {
                for (JsonNode entry : elements(container.path("env"))) {
                    String variable = entry.path("name").asText();
                    if (SECRET_LIKE.matcher(variable).matches()) {
                        assertFalse(entry.has("value"), name(deployment) + " writes " + variable + " literally");
                        assertTrue(entry.at("/valueFrom/secretKeyRef/name").isTextual(),
                                name(deployment) + " must read " + variable + " from a Secret");
                    }
                }
            }
        }
    }

    @Test
    void kafka_runs_kraft_with_a_scram_listener_and_simple_authorization() {
        assertEquals(1, k8s.ofKind("Kafka").size());
        JsonNode kafka = k8s.ofKind("Kafka").get(0);
        assertEquals("kafka.strimzi.io/v1beta2", kafka.path("apiVersion").asText());
        assertTrue(elements(kafka.at("/spec/kafka/listeners")).stream()
                .anyMatch(l -> "scram-sha-512".equals(l.at("/authentication/type").asText())));
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText());
        JsonNode pool = k8s.ofKind("KafkaNodePool").get(0);
        assertEquals(name(kafka), pool.at("/metadata/labels/strimzi.io~1cluster").asText());
        assertEquals(Set.of("broker", "controller"), elements(pool.at("/spec/roles")).stream()
                .map(JsonNode::asText).collect(Collectors.toSet()));
    }

    @Test
    void every_topic_of_the_contract_is_a_kafka_topic_and_the_services_do_not_create_them() {
        Map<String, JsonNode> topics = k8s.ofKind("KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/spec/topicName").asText(), t -> t));
        assertEquals(new TreeSet<>(Topics.ALL), new TreeSet<>(topics.keySet()));
        topics.forEach((topic, resource) -> {
            assertEquals("kafka.strimzi.io/v1beta2", resource.path("apiVersion").asText());
            assertEquals(Topics.isCompacted(topic), "compact".equals(resource.at("/spec/config/cleanup.policy").asText()), topic);
            assertEquals(Topics.carriesPersonalData(topic), resource.at("/spec/config/retention.ms").isNumber(), topic);
        });
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            assertEquals("false", env(containers(deployment).get(0), "APP_KAFKA_PROVISION")
                    .map(e -> e.path("value").asText()).orElse("unset"), name(deployment));
        }
    }

    /** Provisioning is off on Kubernetes, so the users carry acls.txt without its provisioning-only column. */
    @Test
    void each_service_has_a_scram_kafka_user_with_exactly_the_acls_of_acls_txt() {
        List<KafkaAcls.Grant> file = KafkaAcls.read(CheckTools.projectRoot());
        for (JsonNode user : k8s.ofKind("KafkaUser")) {
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText(), name(user));
            assertEquals("simple", user.at("/spec/authorization/type").asText(), name(user));
            Set<KafkaAcls.Grant> rendered = elements(user.at("/spec/authorization/acls")).stream().map(acl -> {
                assertEquals("literal", acl.at("/resource/patternType").asText(), name(user));
                return new KafkaAcls.Grant(name(user), acl.at("/resource/type").asText(), acl.at("/resource/name").asText(),
                        elements(acl.path("operations")).stream().map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new)));
            }).collect(Collectors.toSet());
            assertEquals(KafkaAcls.of(file, name(user)).stream().map(KafkaAcls.Grant::withoutProvisioning)
                    .collect(Collectors.toSet()), rendered, name(user));
            assertTrue(rendered.stream().noneMatch(g -> g.operations().contains("Create")
                    || g.operations().contains("AlterConfigs")), name(user) + " may create or configure topics");
        }
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            assertEquals(name(deployment), secretOf(containers(deployment).get(0), "KAFKA_SASL_JAAS_CONFIG").orElse("none"),
                    "the Secret Strimzi writes for the KafkaUser " + name(deployment));
        }
        assertEquals(SERVICES, k8s.ofKind("KafkaUser").stream().map(RenderedManifests::name).collect(Collectors.toSet()));
    }

    @Test
    void a_service_may_write_only_its_own_topics_and_the_dead_letters_of_what_it_consumes() {
        List<KafkaAcls.Grant> grants = KafkaAcls.read(CheckTools.projectRoot());
        for (String topic : Topics.ALL) {
            List<String> writers = grants.stream().filter(g -> g.resourceType().equals("topic") && g.name().equals(topic)
                    && g.operations().contains("Write")).map(KafkaAcls.Grant::user).toList();
            assertEquals(1, writers.size(), topic + " is written by " + writers);
            String writer = writers.get(0);
            if (topic.endsWith(".dlq")) {
                String consumed = topic.substring(0, topic.length() - ".dlq".length());
                assertTrue(grants.stream().anyMatch(g -> g.user().equals(writer) && g.name().equals(consumed)
                        && g.operations().equals(Set.of("Read"))), writer + " parks on " + topic + " but does not consume it");
            } else {
                assertTrue(topic.startsWith(writer.replace("-service", ".")), writer + " writes " + topic);
            }
        }
    }

    @Test
    void each_service_has_its_own_cloudnativepg_cluster_and_reads_its_generated_secret() {
        Map<String, JsonNode> clusters = k8s.ofKind("Cluster").stream()
                .collect(Collectors.toMap(RenderedManifests::name, c -> c));
        assertEquals(SERVICES.size(), clusters.size());
        for (JsonNode deployment : k8s.ofKind("Deployment")) {
            JsonNode container = containers(deployment).get(0);
            String url = env(container, "QUARKUS_DATASOURCE_JDBC_URL").map(e -> e.path("value").asText()).orElse("");
            String cluster = url.replaceFirst("^jdbc:postgresql://([^:/]+)-rw[:/].*$", "$1");
            assertTrue(clusters.containsKey(cluster), name(deployment) + " connects to " + url);
            assertEquals("postgresql.cnpg.io/v1", clusters.get(cluster).path("apiVersion").asText());
            assertEquals(cluster + "-app", secretOf(container, "QUARKUS_DATASOURCE_USERNAME").orElse("none"));
            assertEquals(cluster + "-app", secretOf(container, "QUARKUS_DATASOURCE_PASSWORD").orElse("none"));
        }
    }

    @Test
    void prometheus_scrapes_each_service_under_the_job_name_the_alerts_use() throws java.io.IOException {
        String rules = java.nio.file.Files.readString(CheckTools.projectRoot().resolve("deploy/prometheus/alerts.yml"));
        Set<String> alerted = new TreeSet<>();
        java.util.regex.Matcher job = Pattern.compile("job=~?\"([^\"]+)\"").matcher(rules);
        while (job.find()) {
            alerted.addAll(List.of(job.group(1).split("\\|")));
        }
        Set<String> scraped = new TreeSet<>();
        for (JsonNode monitor : k8s.ofKind("PodMonitor")) {
            assertEquals("monitoring.coreos.com/v1", monitor.path("apiVersion").asText());
            JsonNode selector = monitor.at("/spec/selector/matchLabels");
            JsonNode deployment = k8s.ofKind("Deployment").stream()
                    .filter(d -> matchesAll(selector, d.at("/spec/template/metadata/labels")))
                    .findFirst().orElseThrow(() -> new AssertionError(name(monitor) + " selects no Deployment's pods"));
            for (JsonNode endpoint : elements(monitor.at("/spec/podMetricsEndpoints"))) {
                assertEquals("/q/metrics", endpoint.path("path").asText(), name(monitor));
                String port = endpoint.path("port").asText();
                assertTrue(containers(deployment).stream().flatMap(c -> elements(c.path("ports")).stream())
                        .anyMatch(p -> port.equals(p.path("name").asText())), name(monitor) + " scrapes port " + port);
                List<String> jobs = elements(endpoint.path("relabelings")).stream()
                        .filter(r -> "job".equals(r.path("targetLabel").asText()))
                        .map(r -> r.path("replacement").asText()).toList();
                assertEquals(List.of(name(deployment)), jobs, name(monitor) + " names its job after the Deployment");
                scraped.addAll(jobs);
            }
        }
        assertEquals(new TreeSet<>(SERVICES), alerted);
        assertEquals(alerted, scraped);
    }

    private static boolean matchesAll(JsonNode selector, JsonNode labels) {
        return selector.size() > 0 && selector.properties().stream()
                .allMatch(e -> e.getValue().asText().equals(labels.path(e.getKey()).asText()));
    }
}
