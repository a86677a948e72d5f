package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 8: every request the rutan answered 202 for gets a decision, so the ones still waiting are listed
 * ({@code GET /api/v1/enrollments?status=PENDING&olderThan=PT1H}) and the oldest one's age is a metric.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class PendingEnrollmentsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EnrollmentStore store;

    @Test
    void lists_the_requests_waiting_longer_than_older_than_oldest_first() throws SQLException {
        String classId = runningClass(program(80), 5);
        String waiting = enrolled(classId, inmate());
        String older = enrolled(classId, inmate());
        String fresh = enrolled(classId, inmate());
        requestedAgo(waiting, Duration.ofHours(2));
        requestedAgo(older, Duration.ofHours(3));

        JsonPath page = viewer().queryParam("status", "PENDING").queryParam("olderThan", "PT1H")
                .queryParam("size", 100).get("/api/v1/enrollments").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(100)).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        assertTrue(ids.indexOf(older) >= 0 && ids.indexOf(older) < ids.indexOf(waiting), ids.toString());
        assertFalse(ids.contains(fresh));
        assertEquals(ids.size(), page.getInt("totalItems"));
        assertTrue(page.getList("items.status").stream().allMatch("PENDING"::equals));
        List<OffsetDateTime> requested = page.<String>getList("items.requestedAt").stream()
                .map(OffsetDateTime::parse).toList();
        OffsetDateTime hourAgo = OffsetDateTime.now().minusHours(1);
        for (int i = 0; i < requested.size(); i++) {
            assertTrue(requested.get(i).isBefore(hourAgo));
            assertTrue(i == 0 || !requested.get(i).isBefore(requested.get(i - 1)), "oldest first");
        }
    }

    @Test
    void filters_by_any_status_and_lists_all_without_filters() {
        String classId = runningClass(program(80), 5);
        String withdrawn = enrolled(classId, inmate());
        String pending = enrolled(classId, inmate());
        officer().body(Map.of("reason", "HEALTH")).post("/api/v1/enrollments/" + withdrawn + "/withdrawal")
                .then().statusCode(200);

        assertTrue(ids(Map.of("status", "WITHDRAWN", "olderThan", "PT0S")).contains(withdrawn));
        assertFalse(ids(Map.of("status", "PENDING")).contains(withdrawn));
        officer().queryParam("size", 1).get("/api/v1/enrollments").then().statusCode(200)
                .body("items.size()", equalTo(1));
        assertTrue(viewer().queryParam("status", "PENDING").queryParam("size", 1).get("/api/v1/enrollments")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems") >= 1, pending);
    }

    @Test
    void refuses_an_older_than_that_is_not_an_iso_duration_and_an_unknown_status_with_400() {
        for (String bad : List.of("1h", "-PT1H", "P1M", "P36501D", "PT", "yesterday")) {
            viewer().queryParam("status", "PENDING").queryParam("olderThan", bad).get("/api/v1/enrollments").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("olderThan"));
        }
        viewer().queryParam("status", "ESCAPED").get("/api/v1/enrollments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        viewer().queryParam("size", 101).get("/api/v1/enrollments").then().statusCode(400);
    }

    @Test
    void is_for_rutan_officers_and_viewers_only() {
        given().get("/api/v1/enrollments").then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("disnaker-officer", "dewi")).get("/api/v1/enrollments").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void the_metric_shows_how_long_the_oldest_request_has_waited() throws SQLException {
        String waiting = enrolled(runningClass(program(80), 5), inmate());
        requestedAgo(waiting, Duration.ofHours(5));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> metric() >= Duration.ofHours(5).toSeconds());
    }

    /** Every request decided, in a transaction that is rolled back: the other tests' requests stay as they are. */
    @Test
    void the_oldest_age_is_0_when_no_request_waits() throws SQLException {
        QuarkusTransaction.begin();
        try {
            try (Connection c = dataSource.getConnection(); PreparedStatement decide = c.prepareStatement(
                    "update enrollment set status = 'REJECTED', rejection_reason = 'INVALID_REQUEST',"
                            + " decided_at = now() where status = 'PENDING'")) {
                decide.executeUpdate();
            }
            assertEquals(0, store.oldestPendingAgeSeconds());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static List<String> ids(Map<String, String> query) {
        return viewer().queryParams(query).queryParam("size", 100).get("/api/v1/enrollments").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static double metric() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("enrollments_pending_oldest_age_seconds "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    private void requestedAgo(String enrollmentId, Duration ago) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement backdate = c.prepareStatement(
                "update enrollment set requested_at = now() - ? * interval '1 second' where id = ?")) {
            backdate.setLong(1, ago.toSeconds());
            backdate.setObject(2, UUID.fromString(enrollmentId));
            assertEquals(1, backdate.executeUpdate());
        }
    }
}
