package id.go.bartim.pelatihan.disnaker.catalog;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.bartim.pelatihan.disnaker.catalog.Programs.asOfficer;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.asViewer;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.body;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.create;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.createdCode;
import static id.go.bartim.pelatihan.disnaker.catalog.Programs.freshCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class ProgramCatalogTest {

    private final KafkaTopics kafka = new KafkaTopics(TestInfra.bootstrapServers());

    @Test
    void creates_a_program_and_publishes_it_as_a_cloud_event() {
        String code = freshCode();
        create(body(code)).then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/programs/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("minAttendancePercent", equalTo(80))
                .body("active", equalTo(true))
                .body("version", equalTo(0));

        ConsumerRecord<String, String> event = awaitEvents(code, 1).get(0);
        assertEquals("disnaker.program.upserted.v1", KafkaTopics.header(event, "ce_type"));
        assertEquals("1.0", KafkaTopics.header(event, "ce_specversion"));
        assertEquals("/disnaker-service", KafkaTopics.header(event, "ce_source"));
        assertEquals("application/json", KafkaTopics.header(event, "content-type"));
        JsonPath data = JsonPath.from(event.value());
        assertEquals(code, data.getString("code"));
        assertEquals(160, data.getInt("trainingHours"));
        assertEquals(List.of("F.45KKK00.001.1"), data.getList("competencyUnits"));
        assertEquals(0, data.getInt("version"));
    }

    @Test
    void defaults_minimum_attendance_to_80_and_active_to_true() {
        String code = freshCode();
        Map<String, Object> body = body(code);
        body.remove("minAttendancePercent");
        body.remove("competencyUnits");
        create(body).then().statusCode(201)
                .body("minAttendancePercent", equalTo(80))
                .body("competencyUnits", hasSize(0))
                .body("active", equalTo(true));
    }

    @Test
    void refuses_a_duplicate_code_with_409_and_keeps_the_first() {
        String code = createdCode();
        Map<String, Object> second = body(code);
        second.put("name", "Something Else");
        create(second).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-program"));
        asViewer().get("/api/v1/programs/" + code).then().statusCode(200).body("name", equalTo("Pertukangan Kayu"));
        assertEquals(1, awaitEvents(code, 1).size());
    }

    @Test
    void updates_with_a_matching_if_match_and_publishes_the_new_version() {
        String code = createdCode();
        Map<String, Object> change = body(code);
        change.put("name", "Pertukangan Kayu Lanjutan");
        change.put("minAttendancePercent", 90);
        asOfficer().contentType("application/json").header("If-Match", "\"0\"").body(change)
                .put("/api/v1/programs/" + code).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("minAttendancePercent", equalTo(90));

        List<ConsumerRecord<String, String>> events = awaitEvents(code, 2);
        JsonPath latest = JsonPath.from(events.get(1).value());
        assertEquals("Pertukangan Kayu Lanjutan", latest.getString("name"));
        assertEquals(1, latest.getInt("version"));
    }

    @Test
    void refuses_a_stale_if_match_with_412_and_changes_nothing() {
        String code = createdCode();
        Map<String, Object> change = body(code);
        change.put("name", "Stale Change");
        asOfficer().contentType("application/json").header("If-Match", "\"7\"").body(change)
                .put("/api/v1/programs/" + code).then()
                .statusCode(412)
                .contentType("application/problem+json");
        asViewer().get("/api/v1/programs/" + code).then().body("name", equalTo("Pertukangan Kayu"))
                .body("version", equalTo(0));
    }

    @Test
    void refuses_to_change_the_code_of_a_program() {
        String code = createdCode();
        asOfficer().contentType("application/json").body(body(freshCode()))
                .put("/api/v1/programs/" + code).then()
                .statusCode(409)
                .body("type", endsWith("/code-immutable"));
    }

    @Test
    void retires_a_program_once_and_publishes_the_retirement_with_the_full_program() {
        String code = createdCode();
        asOfficer().delete("/api/v1/programs/" + code).then().statusCode(204);
        asOfficer().delete("/api/v1/programs/" + code).then().statusCode(204);
        asViewer().get("/api/v1/programs/" + code).then().statusCode(200).body("active", equalTo(false));

        List<ConsumerRecord<String, String>> events = awaitEvents(code, 2);
        assertEquals("disnaker.program.retired.v1", KafkaTopics.header(events.get(1), "ce_type"));
        JsonPath retired = JsonPath.from(events.get(1).value());
        assertEquals(1, retired.getInt("version"));
        assertEquals(false, retired.getBoolean("program.active"));
        assertEquals("Pertukangan Kayu", retired.getString("program.name"));
        assertEquals(2, kafka.readByKey(Topics.PROGRAMS, code).size(), "a second retirement is not an event");
    }

    @Test
    void lists_programs_filtered_by_active_with_paging() {
        String active = createdCode();
        String retired = createdCode();
        asOfficer().delete("/api/v1/programs/" + retired).then().statusCode(204);

        asViewer().queryParam("active", false).queryParam("size", 100).get("/api/v1/programs").then()
                .statusCode(200)
                .body("items.code", hasItem(retired))
                .body("items.active", org.hamcrest.Matchers.everyItem(equalTo(false)))
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("totalItems", notNullValue());
        asViewer().queryParam("size", 1).get("/api/v1/programs").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1));
        asViewer().get("/api/v1/programs/" + active).then().statusCode(200);
    }

    @Test
    void answers_404_as_a_problem_for_an_unknown_program() {
        asViewer().get("/api/v1/programs/NOPE-99").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", endsWith("/not-found"));
    }

    @Test
    void records_every_write_in_the_audit_log_with_the_token_subject() {
        String code = createdCode();
        asOfficer().queryParam("resourceType", "program").queryParam("size", 100)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.findAll { it.resourceId == '" + code + "' }.actor", hasItem("officer-ani"))
                .body("items.findAll { it.resourceId == '" + code + "' }.action", hasItem("CREATE"));
        asViewer().get("/api/v1/audit-events").then().statusCode(403);
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String code, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> kafka.readByKey(Topics.PROGRAMS, code), events -> events.size() >= count);
    }
}
