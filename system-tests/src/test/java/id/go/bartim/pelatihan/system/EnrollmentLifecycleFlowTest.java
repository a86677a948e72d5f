package id.go.bartim.pelatihan.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The whole exchange across the two processes (issue: the exchange survives anything): each flow
 * ends with both sides agreeing and the quota counters moving by exactly what the flow implies.
 */
class EnrollmentLifecycleFlowTest {

    private static TrainingSystem system;
    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        system = TrainingSystem.get();
        flows = new Flows(system);
    }

    @Test
    void an_inmate_trained_as_competent_gets_a_certificate_and_counts_as_trained() {
        String code = flows.program(75);
        String classId = flows.runningClass(code, 10);
        String sessionId = flows.session(classId, 4);
        JsonPath before = flows.quota();

        String id = flows.enrolled(classId, flows.inmate());
        flows.awaitOnRutan(id, "ACCEPTED");
        await().atMost(Flows.PROPAGATION).until(() ->
                flows.quota().getInt("reserved") == before.getInt("reserved") + 1);
        flows.attend(classId, sessionId, id, "PRESENT");
        flows.complete(id, "COMPETENT").then().statusCode(200).body("status", equalTo("COMPLETED"));

        String number = await().atMost(Flows.PROPAGATION).until(() ->
                flows.rutan().get("/api/v1/enrollments/" + id).jsonPath().getString("certificateNumber"), n -> n != null);
        assertEquals(true, number.startsWith("DISNAKERTRANS-BARTIM/" + code + "/" + flows.year() + "/"));
        flows.disnaker().get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("enrollmentId", equalTo(id));
        flows.awaitOnDisnaker(id, "COMPLETED");
        JsonPath after = flows.quota();
        assertEquals(before.getInt("trained") + 1, after.getInt("trained"));
        assertEquals(before.getInt("reserved"), after.getInt("reserved"));
    }

    @Test
    void an_enrollment_into_a_program_retired_meanwhile_is_rejected_on_both_sides() {
        String code = flows.program(80);
        String classId = flows.runningClass(code, 10);
        flows.disnaker().delete("/api/v1/programs/" + code).then().statusCode(204);

        String id = flows.enrolled(classId, flows.inmate());
        JsonPath onRutan = flows.awaitOnRutan(id, "REJECTED");
        assertEquals("PROGRAM_INACTIVE", onRutan.getString("rejectionReason"));
        assertEquals("PROGRAM_INACTIVE", flows.awaitOnDisnaker(id, "REJECTED").getString("rejectionReason"));
        flows.rutan().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void an_enrollment_beyond_the_target_is_rejected_quota_exhausted_on_both_sides() {
        String code = flows.program(80);
        String classId = flows.runningClass(code, 10);
        JsonPath q = flows.quota();
        int used = q.getInt("reserved") + q.getInt("trained");
        flows.disnaker().body(Map.of("target", used)).put("/api/v1/quota/" + flows.year()).then().statusCode(200);
        try {
            String id = flows.enrolled(classId, flows.inmate());
            assertEquals("QUOTA_EXHAUSTED", flows.awaitOnRutan(id, "REJECTED").getString("rejectionReason"));
            assertEquals("QUOTA_EXHAUSTED", flows.awaitOnDisnaker(id, "REJECTED").getString("rejectionReason"));
            assertEquals(used, flows.quota().getInt("reserved") + flows.quota().getInt("trained"));
        } finally {
            flows.disnaker().body(Map.of("target", 1000)).put("/api/v1/quota/" + flows.year()).then().statusCode(200);
        }
    }

    @Test
    void a_withdrawal_and_a_not_yet_competent_release_their_slots() {
        String code = flows.program(80);
        String classId = flows.runningClass(code, 10);
        String withdrawn = flows.enrolled(classId, flows.inmate());
        String failed = flows.enrolled(classId, flows.inmate());
        flows.awaitOnRutan(withdrawn, "ACCEPTED");
        flows.awaitOnRutan(failed, "ACCEPTED");
        int reserved = flows.quota().getInt("reserved");

        flows.rutan().body(Map.of("reason", "DISCIPLINE")).post("/api/v1/enrollments/" + withdrawn + "/withdrawal")
                .then().statusCode(200);
        flows.complete(failed, "NOT_YET_COMPETENT").then().statusCode(200);

        flows.awaitOnDisnaker(withdrawn, "WITHDRAWN");
        flows.awaitOnDisnaker(failed, "NOT_COMPETENT");
        assertEquals(reserved - 2, flows.quota().getInt("reserved"));
    }

    @Test
    void releasing_an_inmate_withdraws_his_enrollments_on_both_sides() {
        String code = flows.program(80);
        String inmateId = flows.inmate();
        String pending = flows.enrolled(flows.runningClass(code, 10), inmateId);
        String accepted = flows.enrolled(flows.runningClass(code, 10), inmateId);
        flows.awaitOnRutan(pending, "ACCEPTED");
        flows.awaitOnRutan(accepted, "ACCEPTED");

        flows.rutan().body(Map.of("releaseDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString(),
                "reason", "RELEASED")).post("/api/v1/inmates/" + inmateId + "/release").then().statusCode(200);

        for (String id : new String[]{pending, accepted}) {
            flows.awaitOnRutan(id, "WITHDRAWN");
            JsonPath onDisnaker = flows.awaitOnDisnaker(id, "WITHDRAWN");
            assertNotNull(onDisnaker.getString("withdrawnOn"));
        }
        String participant = flows.disnaker().get("/api/v1/enrollments/" + accepted).jsonPath().getString("participantId");
        await().atMost(Duration.ofSeconds(10)).until(() -> flows.disnaker()
                .queryParam("year", flows.year()).queryParam("status", "ACCEPTED").queryParam("size", 100)
                .get("/api/v1/enrollments").jsonPath().getList("items.findAll { it.participantId == '" + participant + "' }")
                .isEmpty());
    }
}
