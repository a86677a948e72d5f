package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.accept;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitStatus;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.decide;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static id.go.bartim.pelatihan.rutan.enrollment.EnrollmentTest.awaitEvents;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Decisions from disnaker, withdrawal, completion and release: each allowed transition, 409 for the rest. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class EnrollmentLifecycleTest {

    @Test
    void an_acceptance_from_disnaker_makes_the_enrollment_accepted() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        accept(id);
        viewer().get("/api/v1/enrollments/" + id).then().body("decidedAt", notNullValue());
    }

    @Test
    void a_rejection_records_the_reason_and_frees_the_seat() {
        String classId = runningClass(program(80), 1);
        String id = enrolled(classId, inmate());
        decide(id, EventTypes.ENROLLMENT_REJECTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "reason": "QUOTA_EXHAUSTED", "decidedAt": "%s"}"""
                .formatted(id, OffsetDateTime.now(WIB)));

        awaitStatus(id, "REJECTED").then().body("rejectionReason", equalTo("QUOTA_EXHAUSTED"));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
        enrolled(classId, inmate());
    }

    @Test
    void a_redelivered_decision_or_the_same_fact_again_changes_nothing() {
        String classId = runningClass(program(80), 5);
        String id = enrolled(classId, inmate());
        UUID ceId = UUID.randomUUID();
        String accepted = """
                {"enrollmentId": "%s", "year": 2026, "decidedAt": "2026-02-01T10:00:00+07:00"}""".formatted(id);
        decide(id, EventTypes.ENROLLMENT_ACCEPTED, ceId, accepted);
        awaitStatus(id, "ACCEPTED");
        long version = viewer().get("/api/v1/enrollments/" + id).jsonPath().getLong("version");

        decide(id, EventTypes.ENROLLMENT_ACCEPTED, ceId, accepted);
        decide(id, EventTypes.ENROLLMENT_ACCEPTED, UUID.randomUUID(), accepted);
        decide(id, EventTypes.ENROLLMENT_REJECTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "reason": "QUOTA_EXHAUSTED", "decidedAt": "2026-02-01T10:00:00+07:00"}"""
                .formatted(id));
        String marker = enrolled(classId, inmate());
        accept(marker);

        viewer().get("/api/v1/enrollments/" + id).then()
                .body("status", equalTo("ACCEPTED"))
                .body("version", equalTo((int) version));
    }

    @Test
    void a_decision_for_an_unknown_enrollment_goes_to_the_dlq_and_the_consumer_carries_on() {
        String unknown = UUID.randomUUID().toString();
        decide(unknown, EventTypes.ENROLLMENT_ACCEPTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "year": 2026, "decidedAt": "2026-02-01T10:00:00+07:00"}""".formatted(unknown));
        String next = enrolled(runningClass(program(80), 5), inmate());
        accept(next);

        List<ConsumerRecord<String, String>> parked = await().atMost(Duration.ofSeconds(20))
                .until(() -> kafka().readByKey(Topics.dlq(Topics.DECISIONS), unknown), r -> !r.isEmpty());
        assertNotNull(KafkaTopics.header(parked.get(0), "dead-letter-reason"));
    }

    @Test
    void withdraws_a_pending_or_accepted_enrollment_and_tells_disnaker() {
        String classId = runningClass(program(80), 5);
        String pending = enrolled(classId, inmate());
        String accepted = acceptedEnrollment(classId);

        for (String id : List.of(pending, accepted)) {
            officer().body(Map.of("reason", "HEALTH", "note", "Dirawat di klinik"))
                    .post("/api/v1/enrollments/" + id + "/withdrawal").then()
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    .body("withdrawalReason", equalTo("HEALTH"));
            ConsumerRecord<String, String> event = awaitEvents(id, 2).get(1);
            assertEquals("rutan.enrollment.withdrawn.v1", KafkaTopics.header(event, "ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals("HEALTH", data.getString("reason"));
            assertEquals(today().toString(), data.getString("withdrawnOn"));
        }
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void refuses_to_withdraw_a_rejected_enrollment_with_409() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        decide(id, EventTypes.ENROLLMENT_REJECTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "reason": "PROGRAM_INACTIVE", "decidedAt": "2026-02-01T10:00:00+07:00"}"""
                .formatted(id));
        awaitStatus(id, "REJECTED");

        officer().body(Map.of("reason", "OTHER")).post("/api/v1/enrollments/" + id + "/withdrawal").then()
                .statusCode(409).body("type", endsWith("/transition-not-allowed"));
        officer().body(Map.of("reason", "BORED")).post("/api/v1/enrollments/" + id + "/withdrawal").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void completes_as_competent_when_attendance_reaches_the_minimum_and_reports_it() {
        String classId = runningClass(program(75), 5);
        String sessionA = session(classId, today(), 4);
        String sessionB = session(classId, today().plusDays(1), 4);
        String id = acceptedEnrollment(classId);
        attendance(classId, sessionA, id, "PRESENT");
        attendance(classId, sessionB, id, "LATE");

        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("COMPETENT"))
                .body("attendance.rate", equalTo(100.0f));

        ConsumerRecord<String, String> event = awaitEvents(id, 2).get(1);
        assertEquals("rutan.training.completed.v1", KafkaTopics.header(event, "ce_type"));
        JsonPath data = JsonPath.from(event.value());
        assertEquals("COMPETENT", data.getString("outcome"));
        assertEquals(8, data.getInt("attendance.hoursTotal"));
        assertEquals(8, data.getInt("attendance.hoursAttended"));
        assertEquals(100.0, data.getDouble("attendance.rate"));
    }

    @Test
    void refuses_competent_below_the_minimum_attendance_with_422_and_changes_nothing() {
        String classId = runningClass(program(80), 5);
        String sessionA = session(classId, today(), 4);
        session(classId, today().plusDays(1), 4);
        String id = acceptedEnrollment(classId);
        attendance(classId, sessionA, id, "PRESENT");

        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then()
                .statusCode(422).body("type", endsWith("/attendance-below-minimum"));
        viewer().get("/api/v1/enrollments/" + id).then().body("status", equalTo("ACCEPTED"));

        officer().body(Map.of("outcome", "NOT_YET_COMPETENT", "assessedOn", today().toString(),
                        "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then()
                .statusCode(200).body("status", equalTo("NOT_COMPETENT"));
    }

    @Test
    void refuses_completion_unless_accepted_with_409() {
        String id = enrolled(runningClass(program(80), 5), inmate());
        officer().body(Map.of("outcome", "NOT_YET_COMPETENT", "assessedOn", today().toString(),
                        "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then()
                .statusCode(409).body("type", endsWith("/transition-not-allowed"));
    }

    @Test
    void records_the_certificate_number_sent_by_disnaker() {
        String classId = runningClass(program(50), 5);
        String id = acceptedEnrollment(classId);
        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then().statusCode(422);
        String sessionId = session(classId, today(), 2);
        attendance(classId, sessionId, id, "PRESENT");
        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + id + "/completion").then().statusCode(200);

        String number = "DISNAKERTRANS-BARTIM/FIX-1000/2026/000042";
        decide(id, EventTypes.CERTIFICATE_ISSUED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "certificateNumber": "%s", "issuedOn": "%s"}"""
                .formatted(id, number, today()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                number.equals(viewer().get("/api/v1/enrollments/" + id).jsonPath().getString("certificateNumber")));
    }

    @Test
    void releasing_an_inmate_withdraws_all_pending_and_accepted_enrollments_and_tells_disnaker() {
        String inmateId = inmate();
        String pending = enrolled(runningClass(program(80), 5), inmateId);
        String accepted = enrolled(runningClass(program(80), 5), inmateId);
        accept(accepted);

        officer().body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                .post("/api/v1/inmates/" + inmateId + "/release").then().statusCode(200);

        for (String id : List.of(pending, accepted)) {
            viewer().get("/api/v1/enrollments/" + id).then()
                    .body("status", equalTo("WITHDRAWN"))
                    .body("withdrawalReason", equalTo("RELEASED"));
            JsonPath data = JsonPath.from(awaitEvents(id, 2).get(1).value());
            assertEquals("RELEASED", data.getString("reason"));
        }
    }
}
