package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.withdraw;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrollment decisions as disnaker shows them (SPEC 4): filters, rejections, outcomes, no personal data. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class EnrollmentDecisionResourceTest {

    private static final String UNKNOWN_PROGRAM = "NOP-9999";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shows_an_accepted_decision_with_year_partner_and_participant_but_no_personal_data() {
        int year = freshYear();
        String code = program();
        String id = request(person(true), code, year);
        awaitDecision(id, "ACCEPTED");

        var response = viewer().get("/api/v1/enrollments/" + id).then().statusCode(200).extract();
        JsonPath d = response.jsonPath();
        assertEquals(id, d.getString("enrollmentId"));
        assertEquals(code, d.getString("programCode"));
        assertEquals(year, d.getInt("year"));
        assertEquals("RUTAN-TML", d.getString("partnerCode"));
        assertEquals(year + "-02-02", d.getString("classStartDate"));
        assertEquals(year + "-04-24", d.getString("classEndDate"));
        assertNull(d.getString("rejectionReason"));
        assertNull(d.get("attendance"));
        assertFalse(d.getString("participantId").isBlank());
        assertEquals("\"" + d.getLong("version") + "\"", response.header("ETag"));
        Map<String, Object> body = d.getMap("$");
        for (String personal : List.of("fullName", "nik", "birthDate", "sex", "educationLevel", "partnerRef")) {
            assertFalse(body.containsKey(personal), personal);
        }
    }

    @Test
    void rejects_an_enrollment_in_an_unknown_program_with_PROGRAM_UNKNOWN() {
        String id = request(person(true), UNKNOWN_PROGRAM, freshYear());
        JsonPath d = awaitDecision(id, "REJECTED");
        assertEquals("PROGRAM_UNKNOWN", d.getString("rejectionReason"));
    }

    @Test
    void rejects_a_request_it_can_read_but_not_decide_with_INVALID_REQUEST_and_stores_no_participant() {
        String name = "Peserta " + UUID.randomUUID();
        Person malformed = new Person(UUID.randomUUID().toString(), name, "62040115");
        String id = request(malformed, program(), freshYear());
        JsonPath d = awaitDecision(id, "REJECTED");
        assertEquals("INVALID_REQUEST", d.getString("rejectionReason"));
        assertNull(d.getString("participantId"));
        officer().queryParam("q", name).get("/api/v1/participants").then().statusCode(200)
                .body("totalItems", equalTo(0));
        ConsumerRecord<String, String> rejected = await().atMost(Duration.ofSeconds(20))
                .until(() -> kafka().readByKey(Topics.DECISIONS, id), l -> !l.isEmpty()).get(0);
        assertEquals(EventTypes.ENROLLMENT_REJECTED, KafkaTopics.header(rejected, "ce_type"));
        assertTrue(rejected.value().contains("\"INVALID_REQUEST\""));
        assertTrue(kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), id).isEmpty());
    }

    /** SPEC 8: a class after 2100 is a year the quota cannot hold; the request used to fail and go to the DLQ. */
    @Test
    void rejects_a_request_for_a_class_dated_after_2100_with_INVALID_REQUEST_and_parks_nothing() {
        String id = request(person(true), program(), 2150);
        assertRejectedAsInvalid(id);
    }

    /** A participant that cannot be bound (a NUL in the name) leaves a request that is still readable: rejected. */
    @Test
    void rejects_a_request_whose_participant_cannot_be_read_with_INVALID_REQUEST_and_parks_nothing() {
        String name = "Peserta \\u0000 " + UUID.randomUUID();
        String id = request(new Person(UUID.randomUUID().toString(), name, null), program(), freshYear());
        assertRejectedAsInvalid(id);
    }

    /**
     * What no rule foresees is found by trying: here the database refuses every participant of this name (a trigger
     * the test adds), so every attempt to decide fails, and the consumer's last resort rejects the request rather
     * than parking it.
     */
    @Test
    void rejects_a_request_it_keeps_failing_to_decide_with_INVALID_REQUEST_and_parks_nothing() throws Exception {
        String name = "Tak Tersimpan " + UUID.randomUUID();
        execute("create function refuse_test_participant() returns trigger language plpgsql as $$ begin "
                + "if new.full_name = '" + name + "' then raise exception 'refused by the test'; end if; "
                + "return new; end $$");
        execute("create trigger refuse_test_participant before insert on participant for each row "
                + "execute function refuse_test_participant()");
        try {
            String id = request(new Person(UUID.randomUUID().toString(), name, null), program(), freshYear());
            assertRejectedAsInvalid(id);
        } finally {
            execute("drop trigger refuse_test_participant on participant");
            execute("drop function refuse_test_participant()");
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertRejectedAsInvalid(String id) {
        JsonPath d = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                .until(() -> viewer().get("/api/v1/enrollments/" + id), r -> r.statusCode() == 200)
                .jsonPath();
        assertEquals("REJECTED", d.getString("status"));
        assertEquals("INVALID_REQUEST", d.getString("rejectionReason"));
        assertNull(d.getString("participantId"));
        ConsumerRecord<String, String> rejected = await().atMost(Duration.ofSeconds(20))
                .until(() -> kafka().readByKey(Topics.DECISIONS, id), l -> !l.isEmpty()).get(0);
        assertEquals(EventTypes.ENROLLMENT_REJECTED, KafkaTopics.header(rejected, "ce_type"));
        assertTrue(rejected.value().contains("\"INVALID_REQUEST\""));
        assertTrue(kafka().readByKey(Topics.dlq(Topics.ENROLLMENTS), id).isEmpty());
    }

    @Test
    void rejects_an_enrollment_in_a_retired_program_with_PROGRAM_INACTIVE() {
        String code = program();
        officer().delete("/api/v1/programs/" + code).then().statusCode(204);
        String id = request(person(true), code, freshYear());
        JsonPath d = awaitDecision(id, "REJECTED");
        assertEquals("PROGRAM_INACTIVE", d.getString("rejectionReason"));
    }

    @Test
    void filters_by_year_status_and_program_code() {
        int year = freshYear();
        String carpentry = program();
        String workshop = program();
        String competent = request(person(true), carpentry, year);
        awaitDecision(competent, "ACCEPTED");
        awaitDecision(request(person(true), carpentry, year), "ACCEPTED");
        awaitDecision(request(person(false), workshop, year), "ACCEPTED");
        awaitDecision(request(person(true), UNKNOWN_PROGRAM, year), "REJECTED");
        awaitDecision(request(person(true), carpentry, freshYear()), "ACCEPTED");
        complete(competent, "COMPETENT");
        awaitDecision(competent, "COMPLETED");

        assertEquals(4, total(Map.of("year", year)));
        assertEquals(2, total(Map.of("year", year, "status", "ACCEPTED")));
        assertEquals(1, total(Map.of("year", year, "status", "COMPLETED")));
        assertEquals(1, total(Map.of("year", year, "status", "REJECTED")));
        assertEquals(0, total(Map.of("year", year, "status", "WITHDRAWN")));
        assertEquals(3, total(Map.of("programCode", carpentry)));
        assertEquals(2, total(Map.of("programCode", carpentry, "year", year)));
        assertEquals(1, total(Map.of("programCode", carpentry, "year", year, "status", "ACCEPTED")));
        assertEquals(1, total(Map.of("programCode", workshop, "status", "ACCEPTED")));
    }

    @Test
    void shows_the_rejection_reason_in_the_list() {
        int year = freshYear();
        String id = request(person(true), UNKNOWN_PROGRAM, year);
        awaitDecision(id, "REJECTED");

        JsonPath page = list(Map.of("year", year, "status", "REJECTED"));
        assertEquals(id, page.getString("items[0].enrollmentId"));
        assertEquals("PROGRAM_UNKNOWN", page.getString("items[0].rejectionReason"));
    }

    @Test
    void lists_the_newest_decision_first() {
        int year = freshYear();
        String code = program();
        String first = request(person(true), code, year);
        awaitDecision(first, "ACCEPTED");
        String second = request(person(true), code, year);
        awaitDecision(second, "ACCEPTED");
        String third = request(person(true), code, year);
        awaitDecision(third, "ACCEPTED");

        assertEquals(List.of(third, second, first), list(Map.of("year", year)).getList("items.enrollmentId"));
    }

    @Test
    void pages_the_list() {
        int year = freshYear();
        String code = program();
        for (int i = 0; i < 3; i++) {
            awaitDecision(request(person(true), code, year), "ACCEPTED");
        }
        JsonPath page = list(Map.of("year", year, "page", 1, "size", 2));
        assertEquals(3, page.getInt("totalItems"));
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertEquals(1, page.getList("items").size());
    }

    @Test
    void shows_a_competent_completion_with_outcome_and_attendance() {
        String id = request(person(true), program(), freshYear());
        awaitDecision(id, "ACCEPTED");
        complete(id, "COMPETENT");

        JsonPath d = awaitDecision(id, "COMPLETED");
        assertEquals("COMPETENT", d.getString("outcome"));
        assertEquals("2026-04-24", d.getString("assessedOn"));
        assertEquals(120, d.getInt("attendance.hoursTotal"));
        assertEquals(110, d.getInt("attendance.hoursAttended"));
        assertEquals(91.7, d.getDouble("attendance.rate"), 0.001);
    }

    @Test
    void shows_a_not_yet_competent_completion_as_NOT_COMPETENT() {
        String id = request(person(true), program(), freshYear());
        awaitDecision(id, "ACCEPTED");
        complete(id, "NOT_YET_COMPETENT");

        assertEquals("NOT_YET_COMPETENT", awaitDecision(id, "NOT_COMPETENT").getString("outcome"));
    }

    @Test
    void shows_a_withdrawal_with_its_reason_and_date() {
        String id = request(person(true), program(), freshYear());
        long accepted = awaitDecision(id, "ACCEPTED").getLong("version");
        withdraw(id);

        JsonPath d = awaitDecision(id, "WITHDRAWN");
        assertEquals("HEALTH", d.getString("withdrawalReason"));
        assertEquals("2026-03-01", d.getString("withdrawnOn"));
        assertEquals(accepted + 1, d.getLong("version"));
    }

    @Test
    void refuses_an_unknown_status_filter_with_400() {
        viewer().queryParam("status", "PENDING").get("/api/v1/enrollments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void refuses_a_year_that_is_not_a_year_with_400() {
        viewer().queryParam("year", "dua ribu").get("/api/v1/enrollments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void records_each_read_of_a_decision_in_the_audit_log() {
        String id = request(person(true), program(), freshYear());
        awaitDecision(id, "ACCEPTED");
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).get("/api/v1/enrollments/" + id).then()
                .statusCode(200);
        assertEquals(List.of(new AuditLines.Line(reader, "READ", "enrollment-decision", id, null, List.of())),
                AuditLines.by(reader));
    }

    @Test
    void writes_no_audit_line_for_a_refused_read_of_a_decision() {
        String id = request(person(true), program(), freshYear());
        awaitDecision(id, "ACCEPTED");
        String unknown = UUID.randomUUID().toString();
        String reader = "viewer-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forRole("disnaker-viewer", reader)).get("/api/v1/enrollments/" + unknown).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.forRole("rutan-officer", reader)).get("/api/v1/enrollments/" + id).then()
                .statusCode(403);
        assertEquals(List.of(), AuditLines.by(reader));
        assertEquals(List.of(), AuditLines.about("enrollment-decision", unknown));
    }

    @Test
    void answers_404_problem_for_an_unknown_enrollment() {
        viewer().get("/api/v1/enrollments/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void answers_404_problem_for_an_id_that_is_not_a_uuid() {
        viewer().get("/api/v1/enrollments/not-a-uuid").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void lets_an_officer_and_a_viewer_read() {
        String id = request(person(true), program(), freshYear());
        awaitDecision(id, "ACCEPTED");
        officer().get("/api/v1/enrollments/" + id).then().statusCode(200);
        viewer().get("/api/v1/enrollments/" + id).then().statusCode(200);
        officer().get("/api/v1/enrollments").then().statusCode(200);
    }

    @Test
    void refuses_a_request_without_token_with_401() {
        given().get("/api/v1/enrollments").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/enrollments/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void gives_nothing_to_a_rutan_role() {
        given().auth().oauth2(Tokens.forRole("rutan-viewer")).get("/api/v1/enrollments").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static JsonPath list(Map<String, ?> query) {
        RequestSpecification spec = viewer();
        query.forEach(spec::queryParam);
        return spec.get("/api/v1/enrollments").then().statusCode(200).extract().jsonPath();
    }

    private static int total(Map<String, ?> query) {
        return list(query).getInt("totalItems");
    }
}
