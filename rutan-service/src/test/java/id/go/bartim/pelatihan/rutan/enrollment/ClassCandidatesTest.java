package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitStatus;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.decide;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmateBody;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A class's candidates (SPEC 10): ACTIVE, without a place in the class, not due out before it ends. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ClassCandidatesTest {

    @Test
    void lists_active_inmates_without_a_place_who_stay_until_the_class_ends() {
        String classId = runningClass(program(80), 5);
        String endDate = today().plusDays(30).toString();
        String open = inmate();
        String staysToTheEnd = inmateWithRelease(endDate);
        String leavesEarly = inmateWithRelease(today().plusDays(29).toString());
        String released = inmate();
        officer().body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                .post("/api/v1/inmates/" + released + "/release").then().statusCode(200);
        String pending = inmate();
        enrolled(classId, pending);
        String rejected = inmate();
        String rejection = enrolled(classId, rejected);
        decide(rejection, EventTypes.ENROLLMENT_REJECTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "reason": "QUOTA_EXHAUSTED", "decidedAt": "%s"}"""
                .formatted(rejection, OffsetDateTime.now(WIB)));
        awaitStatus(rejection, "REJECTED");

        Map<String, String> candidates = candidates(classId);
        assertTrue(candidates.containsKey(open), "no expected release date counts as eligible");
        assertTrue(candidates.containsKey(staysToTheEnd), "released on the class's last day is not before it");
        assertTrue(candidates.containsKey(rejected), "after a rejection an inmate may ask again");
        assertFalse(candidates.containsKey(leavesEarly));
        assertFalse(candidates.containsKey(released));
        assertFalse(candidates.containsKey(pending));
        assertEquals("6204**********01", candidates.get(open), "the NIK masked as in the inmate list");
    }

    @Test
    void viewers_may_read_and_an_unknown_class_is_404() {
        viewer().get("/api/v1/classes/" + runningClass(program(80), 5) + "/candidates").then().statusCode(200);
        viewer().get("/api/v1/classes/" + UUID.randomUUID() + "/candidates").then().statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    private static String inmateWithRelease(String expectedReleaseDate) {
        Map<String, Object> body = new HashMap<>(inmateBody());
        body.put("expectedReleaseDate", expectedReleaseDate);
        return inmate(body);
    }

    /** Every candidate of the class, id to masked NIK, read page by page (other tests' inmates are listed too). */
    private static Map<String, String> candidates(String classId) {
        Map<String, String> all = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath body = viewer().get("/api/v1/classes/" + classId + "/candidates?size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            items.forEach(i -> all.put((String) i.get("id"), (String) i.get("nik")));
            if (items.isEmpty() || all.size() >= body.getLong("totalItems")) {
                return all;
            }
        }
    }
}
