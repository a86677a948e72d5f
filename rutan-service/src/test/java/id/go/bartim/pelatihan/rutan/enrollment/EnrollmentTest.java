package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.enroll;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmateBody;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.openClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enrollment requests (SPEC 3): the happy path, its event, and every refusal with nothing stored or sent. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class EnrollmentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void enrolls_an_active_inmate_as_pending_and_sends_only_the_participant_fields() {
        String code = program(80);
        String classId = runningClass(code, 5);
        Map<String, Object> inmate = inmateBody();
        String inmateId = inmate(inmate);

        Response response = enroll(classId, inmateId);
        response.then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("classId", equalTo(classId))
                .body("inmateId", equalTo(inmateId))
                .body("programCode", equalTo(code))
                .body("requestedAt", notNullValue())
                .body("attendance.hoursTotal", equalTo(0))
                .body("attendance.rate", equalTo(0.0f));
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith("/api/v1/enrollments/" + id));

        ConsumerRecord<String, String> event = awaitEvents(id, 1).get(0);
        assertEquals("rutan.enrollment.requested.v1", KafkaTopics.header(event, "ce_type"));
        JsonPath data = JsonPath.from(event.value());
        assertEquals(Set.of("enrollmentId", "classId", "programCode", "classStartDate", "classEndDate",
                "partnerCode", "participant"), data.getMap("$").keySet());
        assertEquals(Set.of("partnerRef", "fullName", "nik", "birthDate", "sex", "educationLevel"),
                data.getMap("participant").keySet());
        assertEquals(id, data.getString("enrollmentId"));
        assertEquals("RUTAN-TML", data.getString("partnerCode"));
        assertEquals(today().minusDays(10).toString(), data.getString("classStartDate"));
        assertEquals(inmateId, data.getString("participant.partnerRef"));
        assertEquals(inmate.get("fullName"), data.getString("participant.fullName"));
        assertEquals("6204011503900001", data.getString("participant.nik"));
        assertEquals("1990-03-15", data.getString("participant.birthDate"));
        assertEquals("MALE", data.getString("participant.sex"));
        assertEquals("SMA", data.getString("participant.educationLevel"));

        viewer().get("/api/v1/classes/" + classId + "/enrollments").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        viewer().get("/api/v1/inmates/" + inmateId + "/enrollments").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("PENDING"));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void the_answer_counts_the_hours_of_the_sessions_from_the_day_of_the_request_as_the_later_reads_do() {
        String classId = runningClass(program(80), 5);
        session(classId, today().minusDays(1), 4);
        session(classId, today(), 3);
        session(classId, today().plusDays(2), 2);
        String inmateId = inmate();

        Response response = enroll(classId, inmateId);
        response.then().statusCode(202)
                .body("attendance.hoursTotal", equalTo(5))
                .body("attendance.hoursAttended", equalTo(0))
                .body("attendance.rate", equalTo(0.0f));
        viewer().get("/api/v1/enrollments/" + response.path("id")).then().statusCode(200)
                .body("attendance.hoursTotal", equalTo(5))
                .body("attendance.hoursAttended", equalTo(0));
    }

    @Test
    void refuses_an_inmate_who_is_not_active_with_409() {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        officer().body(Map.of("releaseDate", today().toString(), "reason", "TRANSFERRED"))
                .post("/api/v1/inmates/" + inmateId + "/release").then().statusCode(200);

        enroll(classId, inmateId).then().statusCode(409).body("type", endsWith("/inmate-not-active"));
        assertNothingFor(classId, inmateId);
    }

    @Test
    void refuses_a_second_enrollment_in_the_same_class_with_409() throws Exception {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        enrolled(classId, inmateId);
        long lines = enrollmentLines();

        enroll(classId, inmateId).then().statusCode(409).body("type", endsWith("/already-enrolled"));
        // The refused row's seat and audit line were sent with it in one round: none of them is kept
        assertOnlyTheFirstEnrollmentKept(classId, lines);
    }

    @Test
    void a_repeated_request_for_a_class_that_has_since_ended_is_refused_as_already_enrolled() throws Exception {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        enrolled(classId, inmateId);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ended = c.prepareStatement(
                     "update training_class set end_date = current_date - 1 where id = ?")) {
            ended.setObject(1, java.util.UUID.fromString(classId));
            assertEquals(1, ended.executeUpdate());
        }
        long lines = enrollmentLines();

        // Both refusals apply; already-enrolled comes first, as SPEC lists them
        enroll(classId, inmateId).then().statusCode(409).body("type", endsWith("/already-enrolled"));
        // Someone not enrolled gets the class's own refusal, and nothing of the request is kept
        String other = inmate();
        enroll(classId, other).then().statusCode(422).body("type", endsWith("/class-ended"));
        assertOnlyTheFirstEnrollmentKept(classId, lines);
    }

    @Test
    void refuses_a_full_class_with_422_class_full() throws Exception {
        String classId = runningClass(program(80), 1);
        enrolled(classId, inmate());
        String second = inmate();
        long lines = enrollmentLines();

        enroll(classId, second).then().statusCode(422).body("type", endsWith("/class-full"));
        assertNothingFor(classId, second);
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
        assertEquals(lines, enrollmentLines(), "no audit line for a refused enrollment");
    }

    @Test
    void refuses_a_class_that_already_ended_with_422_class_ended() {
        String classId = openClass(program(80), today().minusDays(30), today().minusDays(1), 5);
        String inmateId = inmate();

        enroll(classId, inmateId).then().statusCode(422).body("type", endsWith("/class-ended"));
        assertNothingFor(classId, inmateId);
    }

    @Test
    void refuses_an_inmate_released_before_the_class_ends_with_422() {
        String classId = runningClass(program(80), 5);
        Map<String, Object> body = inmateBody();
        body.put("expectedReleaseDate", today().plusDays(5).toString());
        String inmateId = inmate(body);

        enroll(classId, inmateId).then().statusCode(422).body("type", endsWith("/release-before-class-end"));
        assertNothingFor(classId, inmateId);
    }

    @Test
    void answers_404_for_an_unknown_class_or_inmate_and_400_without_inmate() {
        String classId = runningClass(program(80), 5);
        String unknownClass = java.util.UUID.randomUUID().toString();
        String unknownInmate = java.util.UUID.randomUUID().toString();
        enroll(unknownClass, inmate()).then().statusCode(404)
                .body("detail", equalTo("Class " + unknownClass + " does not exist"));
        enroll(classId, unknownInmate).then().statusCode(404)
                .body("detail", equalTo("Inmate " + unknownInmate + " does not exist"));
        // Neither exists: the class is named (the path's resource first)
        enroll(unknownClass, unknownInmate).then().statusCode(404)
                .body("detail", equalTo("Class " + unknownClass + " does not exist"));
        officer().body(Map.of()).post("/api/v1/classes/" + classId + "/enrollments").then()
                .statusCode(400).body("errors[0].field", equalTo("inmateId"));
    }

    /** After refusals: the class holds its one earlier enrollment and its seat, and no refusal left an audit line. */
    private void assertOnlyTheFirstEnrollmentKept(String classId, long linesBefore) throws SQLException {
        viewer().get("/api/v1/classes/" + classId + "/enrollments").then().body("items", hasSize(1));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
        assertEquals(linesBefore, enrollmentLines(), "no audit line for a refused enrollment");
    }

    /** The audit lines of new enrollments so far (tests run one at a time, so a refusal must leave this as it was). */
    private long enrollmentLines() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "select count(*) from audit_event where resource_type = 'enrollment' and action = 'CREATE'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertNothingFor(String classId, String inmateId) {
        // Whatever was committed has been published once the outbox is empty.
        await().atMost(Duration.ofSeconds(20)).until(() -> io.restassured.RestAssured.get("/q/health/ready")
                .jsonPath().getInt("checks.find { it.name == 'outbox' }.data.backlog") == 0);
        viewer().get("/api/v1/inmates/" + inmateId + "/enrollments").then().body("items", hasSize(0));
        boolean sent = kafka().readAll(Topics.ENROLLMENTS).stream()
                .anyMatch(r -> r.value().contains(inmateId));
        assertEquals(false, sent, "a refused enrollment sends no event");
    }

    static List<ConsumerRecord<String, String>> awaitEvents(String enrollmentId, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> kafka().readByKey(Topics.ENROLLMENTS, enrollmentId), r -> r.size() >= count);
    }
}
