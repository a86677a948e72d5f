package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * The program catalog crosses processes: disnaker-service writes it, rutan-service replicates it
 * through Kafka, also after being down, also when started from nothing, also when the broker was
 * down while disnaker committed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramCatalogFlowTest {

    private static final AtomicInteger SEQ = new AtomicInteger(10);
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static TrainingSystem system;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
    }

    @Test
    @Order(1)
    void a_program_created_updated_and_retired_on_disnaker_follows_on_rutan() {
        String code = freshCode();
        createProgram(code, "Las Listrik").then().statusCode(201);
        awaitOnRutan(system.rutan, code, 0).then().body("name", equalTo("Las Listrik")).body("active", equalTo(true));

        disnaker().contentType("application/json").header("If-Match", "\"0\"")
                .body(program(code, "Las Listrik Lanjutan", 90))
                .put(system.disnaker.baseUrl() + "/api/v1/programs/" + code).then().statusCode(200);
        awaitOnRutan(system.rutan, code, 1).then()
                .body("name", equalTo("Las Listrik Lanjutan"))
                .body("minAttendancePercent", equalTo(90));

        disnaker().delete(system.disnaker.baseUrl() + "/api/v1/programs/" + code).then().statusCode(204);
        awaitOnRutan(system.rutan, code, 2).then().body("active", equalTo(false));
    }

    @Test
    @Order(2)
    void rutan_catches_up_with_what_was_published_while_it_was_down() {
        system.rutan.stop();
        String code = freshCode();
        createProgram(code, "Menjahit").then().statusCode(201);
        system.rutan.restart();
        awaitOnRutan(system.rutan, code, 0).then().body("name", equalTo("Menjahit"));
    }

    @Test
    @Order(3)
    void a_rutan_started_from_nothing_reads_the_whole_catalog_from_the_compacted_topic() {
        String retired = freshCode();
        createProgram(retired, "Sablon").then().statusCode(201);
        disnaker().delete(system.disnaker.baseUrl() + "/api/v1/programs/" + retired).then().statusCode(204);
        String active = freshCode();
        createProgram(active, "Budidaya Ikan").then().statusCode(201);
        awaitOnRutan(system.rutan, active, 0);

        system.postgres.createDatabase("rutan_late");
        try (ServiceProcess late = system.startService("rutan", "rutan_late",
                Map.of("MP_MESSAGING_INCOMING_PROGRAMS_GROUP_ID", "rutan-late-joiner"))) {
            awaitOnRutan(late, active, 0).then().body("name", equalTo("Budidaya Ikan"));
            awaitOnRutan(late, retired, 1).then().body("active", equalTo(false)).body("name", equalTo("Sablon"));
        }
    }

    @Test
    @Order(4)
    void an_outbox_row_committed_while_the_broker_is_down_is_published_when_it_returns() {
        system.kafka.stop();
        String code = freshCode();
        try {
            createProgram(code, "Servis AC").then().statusCode(201);
            given().get(system.disnaker.baseUrl() + "/q/health/ready").then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'outbox' }.data.backlog", greaterThanOrEqualTo(1));
        } finally {
            system.kafka.restart();
        }
        awaitOnRutan(system.rutan, code, 0).then().body("name", equalTo("Servis AC"));
        await().atMost(PROPAGATION).untilAsserted(() -> given().get(system.disnaker.baseUrl() + "/q/health/ready")
                .then().body("checks.find { it.name == 'outbox' }.data.backlog", equalTo(0)));
    }

    private static String freshCode() {
        return "SYS-" + SEQ.incrementAndGet() + (ProcessHandle.current().pid() % 90 + 10);
    }

    private static Response createProgram(String code, String name) {
        return disnaker().contentType("application/json").body(program(code, name, 80))
                .post(system.disnaker.baseUrl() + "/api/v1/programs");
    }

    private static Map<String, Object> program(String code, String name, int minAttendance) {
        return Map.of("code", code, "name", name, "sector", "Industri", "trainingHours", 120,
                "minAttendancePercent", minAttendance);
    }

    private static Response awaitOnRutan(ServiceProcess rutan, String code, long version) {
        return await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(system.token("rutan-viewer"))
                                .get(rutan.baseUrl() + "/api/v1/programs/" + code),
                        r -> r.statusCode() == 200 && r.jsonPath().getLong("version") == version);
    }

    private static RequestSpecification disnaker() {
        return given().auth().oauth2(system.token("disnaker-officer"));
    }
}
