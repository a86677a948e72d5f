package id.go.bartim.pelatihan.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 8: every enrollment the rutan answers 202 for gets a decision. One disnaker can read but not decide ends
 * REJECTED with INVALID_REQUEST on the rutan, never left PENDING. Since the rutan refuses a class dated outside what
 * disnaker can hold, the request here is one the rutan cannot judge: a NIK corrected at the rutan to one disnaker holds
 * for another participant (SPEC 9's conflict).
 */
class UndecidableRequestFlowTest {

    private static Flows flows;

    @BeforeAll
    static void startSystem() {
        flows = new Flows(TrainingSystem.get());
    }

    @Test
    void an_enrollment_disnaker_cannot_decide_ends_rejected_invalid_request_never_pending() {
        String code = flows.program(80);
        String firstClass = flows.runningClass(code, 10);
        String taken = flows.nik();
        flows.awaitOnRutan(flows.enrolled(firstClass, flows.inmate(taken)), "ACCEPTED");
        String inmate = flows.inmate(flows.nik());
        flows.awaitOnRutan(flows.enrolled(firstClass, inmate), "ACCEPTED");

        // A correction at the rutan gives the inmate the NIK disnaker already holds for the first one
        flows.rutan().contentType("application/merge-patch+json").body(Map.of("nik", taken))
                .patch("/api/v1/inmates/" + inmate).then().statusCode(200);
        String id = flows.enrolled(flows.runningClass(code, 10), inmate);

        JsonPath decided = flows.awaitOnRutan(id, "REJECTED");
        assertEquals("INVALID_REQUEST", decided.getString("rejectionReason"));
        assertEquals("INVALID_REQUEST", flows.awaitOnDisnaker(id, "REJECTED").getString("rejectionReason"));
        List<String> waiting = flows.rutan().queryParam("status", "PENDING").queryParam("size", 100)
                .get("/api/v1/enrollments").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(waiting.contains(id), "not left waiting");
        List<String> conflicts = flows.disnaker().queryParam("size", 100).get("/api/v1/participants/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items.enrollmentId");
        assertTrue(conflicts.contains(id), "listed for an officer to resolve");
    }
}
