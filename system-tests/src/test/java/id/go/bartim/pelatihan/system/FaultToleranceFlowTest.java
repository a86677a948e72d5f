package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Faults during bursts of enrollments: the broker stopped, each service killed with SIGKILL, two
 * replicas of each service. Each ends with every enrollment decided on both sides and the quota
 * moved by exactly the number of new people: nothing lost, nothing doubled. And the DLQ listing
 * without a broker: 503, not a hang.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceFlowTest {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
        flows = new Flows(system);
    }

    @Test
    @Order(1)
    void a_burst_survives_the_broker_being_stopped_and_restarted() {
        Burst burst = Burst.prepare(flows, 200);
        int reserved = flows.quota().getInt("reserved");

        List<String> ids = new ArrayList<>(burst.enroll(0, 60));
        system.kafka.stop();
        try {
            ids.addAll(burst.enroll(60, 200));
        } finally {
            system.kafka.restart();
        }

        burst.awaitAllAccepted(ids, SETTLE);
        assertEquals(reserved + 200, flows.quota().getInt("reserved"));
    }

    @Test
    @Order(2)
    void a_burst_survives_disnaker_being_killed_and_restarted() {
        Burst burst = Burst.prepare(flows, 120);
        int reserved = flows.quota().getInt("reserved");

        List<String> ids = new ArrayList<>(burst.enroll(0, 120));
        system.disnaker.kill();
        system.disnaker.restart();

        burst.awaitAllAccepted(ids, SETTLE);
        assertEquals(reserved + 120, flows.quota().getInt("reserved"));
    }

    @Test
    @Order(3)
    void a_burst_survives_rutan_being_killed_and_restarted() {
        Burst burst = Burst.prepare(flows, 120);
        int reserved = flows.quota().getInt("reserved");

        List<String> ids = new ArrayList<>(burst.enroll(0, 60));
        system.rutan.kill();
        system.rutan.restart();
        ids.addAll(burst.enroll(60, 120));

        burst.awaitAllAccepted(ids, SETTLE);
        assertEquals(reserved + 120, flows.quota().getInt("reserved"));
    }

    @Test
    @Order(4)
    void two_replicas_of_each_service_keep_order_counters_and_certificate_numbers_exact() {
        ServiceProcess rutan2 = system.startService("rutan", "rutan", Map.of());
        ServiceProcess disnaker2 = system.startService("disnaker", "disnaker", Map.of());
        try {
            Burst burst = Burst.prepare(flows, 60);
            int reserved = flows.quota().getInt("reserved");
            int trained = flows.quota().getInt("trained");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ServiceProcess target = i % 2 == 0 ? system.rutan : rutan2;
                ids.add(flows.rutan(target).body(Map.of("inmateId", burst.inmates.get(i)))
                        .post("/api/v1/classes/" + burst.classId + "/enrollments").then().statusCode(202)
                        .extract().path("id"));
            }
            burst.awaitAllAccepted(ids, SETTLE);
            assertEquals(reserved + 60, flows.quota().getInt("reserved"));

            String sessionId = flows.session(burst.classId, 2);
            for (String id : ids) {
                flows.attend(burst.classId, sessionId, id, "PRESENT");
                flows.complete(id, "COMPETENT").then().statusCode(200);
            }
            Set<String> numbers = new HashSet<>();
            for (String id : ids) {
                numbers.add(await().atMost(SETTLE).until(() -> flows.rutan(rutan2).get("/api/v1/enrollments/" + id)
                        .jsonPath().getString("certificateNumber"), n -> n != null));
            }
            assertEquals(60, numbers.size(), "no certificate number twice");
            JsonPath q = flows.quota();
            assertEquals(reserved, q.getInt("reserved"));
            assertEquals(trained + 60, q.getInt("trained"));
            List<Integer> sequences = given().baseUri(system.disnaker.baseUrl())
                    .auth().oauth2(system.token("disnaker-viewer"))
                    .queryParam("year", flows.year()).queryParam("size", 100).queryParam("page", 0)
                    .get("/api/v1/certificates").jsonPath().getList("items.sequence", Integer.class);
            int total = given().baseUri(system.disnaker.baseUrl()).auth().oauth2(system.token("disnaker-viewer"))
                    .queryParam("year", flows.year()).get("/api/v1/certificates").jsonPath().getInt("totalItems");
            // Each trained person here completed once, so certificates and trained people match one to one.
            assertEquals(q.getInt("trained"), total, "one certificate per COMPETENT completion");
            for (int i = 0; i < sequences.size(); i++) {
                assertEquals(i + 1, sequences.get(i), "certificate numbers run from 000001 without gaps");
            }
        } finally {
            rutan2.stop();
            disnaker2.stop();
        }
    }

    /**
     * The DLQ listing while the broker is stopped answers 503 broker-unavailable with Retry-After within its
     * request deadline, instead of a 500 or a request that never ends; once the broker is back it lists again.
     */
    @Test
    @Order(5)
    void the_dlq_listing_answers_503_while_the_broker_is_stopped() {
        String dlq = "/api/v1/admin/dlq/disnaker.programs.v1";
        system.kafka.stop();
        try {
            // Awaitility gives up on a request that does not answer; the deadline is 30 s, one broker call 10 s
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> flows.rutan().get(dlq).then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("type", endsWith("/broker-unavailable")).header("Retry-After", notNullValue()));
        } finally {
            system.kafka.restart();
        }
        await().atMost(Flows.PROPAGATION).untilAsserted(() -> flows.rutan().get(dlq).then().statusCode(200));
    }

    /** A class with room for the burst, and the inmates who will enroll into it. */
    static final class Burst {
        final Flows flows;
        final String classId;
        final List<String> inmates = new ArrayList<>();

        private Burst(Flows flows, String classId) {
            this.flows = flows;
            this.classId = classId;
        }

        static Burst prepare(Flows flows, int size) {
            Burst burst = new Burst(flows, flows.runningClass(flows.program(50), size));
            for (int i = 0; i < size; i++) {
                burst.inmates.add(flows.inmate());
            }
            return burst;
        }

        List<String> enroll(int from, int to) {
            List<String> ids = new ArrayList<>();
            for (int i = from; i < to; i++) {
                ids.add(flows.enrolled(classId, inmates.get(i)));
            }
            return ids;
        }

        void awaitAllAccepted(List<String> ids, Duration within) {
            await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> flows.rutan()
                    .queryParam("status", "ACCEPTED").queryParam("size", 1)
                    .get("/api/v1/classes/" + classId + "/enrollments").jsonPath().getInt("totalItems") == ids.size());
            for (String id : ids) {
                flows.awaitOnDisnaker(id, "ACCEPTED");
            }
        }
    }
}
