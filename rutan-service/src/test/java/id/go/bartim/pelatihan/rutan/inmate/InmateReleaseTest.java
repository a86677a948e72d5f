package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.OFFICER;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.release;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/inmates/{id}/release: only from ACTIVE, dates checked, and InmateReleased in the same transaction. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateReleaseTest {

    @Inject
    ReleaseObserver observer;

    @Test
    void releases_an_active_inmate() {
        String id = createdId();
        String on = today().minusDays(1).toString();
        release(id, on, "RELEASED").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("RELEASED"))
                .body("releaseDate", equalTo(on))
                .body("releaseReason", equalTo("RELEASED"))
                .body("version", equalTo(1));
        asViewer().get("/api/v1/inmates/" + id).then().body("status", equalTo("RELEASED"));
    }

    @Test
    void transfers_an_active_inmate() {
        String id = createdId();
        release(id, today().toString(), "TRANSFERRED").then()
                .statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("releaseReason", equalTo("TRANSFERRED"));
    }

    @Test
    void refuses_a_second_release_with_409() {
        String id = createdId();
        release(id, today().toString(), "RELEASED").then().statusCode(200);
        release(id, today().toString(), "TRANSFERRED").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/inmate-not-active"));
        asViewer().get("/api/v1/inmates/" + id).then()
                .body("status", equalTo("RELEASED"))
                .body("version", equalTo(1));
    }

    @Test
    void fires_inmate_released_once_inside_the_transaction() {
        String id = createdId();
        LocalDate on = today();
        release(id, on.toString(), "TRANSFERRED").then().statusCode(200);

        List<ReleaseObserver.Seen> seen = observer.seenFor(UUID.fromString(id));
        assertEquals(1, seen.size());
        assertEquals(new InmateReleased(UUID.fromString(id), "TRANSFERRED", on), seen.get(0).event());
        assertTrue(seen.get(0).inTransaction(), "observers must act in the release's transaction");
    }

    @Test
    void a_failing_observer_refuses_the_whole_release() {
        String id = createdId();
        observer.refuseFor(UUID.fromString(id));
        release(id, today().toString(), "RELEASED").then().statusCode(409);
        asViewer().get("/api/v1/inmates/" + id).then()
                .body("status", equalTo("ACTIVE"))
                .body("releaseDate", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void refuses_a_release_date_in_the_future() {
        String id = createdId();
        release(id, today().plusDays(1).toString(), "RELEASED").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("releaseDate"));
        assertStillActive(id);
    }

    @Test
    void refuses_a_release_date_before_admission() {
        String id = createdId();
        release(id, today().minusYears(1).toString(), "RELEASED").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("releaseDate"));
        assertStillActive(id);
    }

    @Test
    void refuses_a_release_without_date_or_with_an_unknown_reason() {
        String id = createdId();
        asOfficer().contentType("application/json").body(Map.of("reason", "RELEASED"))
                .post("/api/v1/inmates/" + id + "/release").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("releaseDate"));
        release(id, today().toString(), "ESCAPED").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assertStillActive(id);
    }

    @Test
    void answers_404_for_an_unknown_inmate() {
        release(UUID.randomUUID().toString(), today().toString(), "RELEASED").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void replays_a_release_with_the_same_idempotency_key() {
        String id = createdId();
        String key = "release-" + token();
        Map<String, String> request = Map.of("releaseDate", today().toString(), "reason", "RELEASED");
        for (int attempt = 0; attempt < 2; attempt++) {
            asOfficer().contentType("application/json").header("Idempotency-Key", key).body(request)
                    .post("/api/v1/inmates/" + id + "/release").then()
                    .statusCode(200)
                    .body("status", equalTo("RELEASED"));
        }
        assertEquals(1, observer.seenFor(UUID.fromString(id)).size());
    }

    @Test
    void records_the_release_in_the_audit_log() {
        String id = createdId();
        release(id, today().toString(), "RELEASED").then().statusCode(200);
        asOfficer().queryParam("actor", OFFICER).queryParam("resourceType", "inmate").queryParam("size", 100)
                .get("/api/v1/audit-events").then()
                .body("items.findAll { it.resourceId == '" + id + "' }.action", hasItem("RELEASE"));
    }

    @Test
    void forbids_a_viewer_to_release() {
        String id = createdId(body());
        asViewer().contentType("application/json")
                .body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                .post("/api/v1/inmates/" + id + "/release").then()
                .statusCode(403);
        assertStillActive(id);
    }

    private static void assertStillActive(String id) {
        asViewer().get("/api/v1/inmates/" + id).then()
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));
    }
}
