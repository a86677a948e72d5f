package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.AuditLines;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.WIB;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.decide;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.enrolled;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmateBody;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A class's waiting list (SPEC 10): adding, listing, removing, and the next in line enrolled when a seat frees. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class WaitingListTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void adds_inmates_at_the_end_of_the_line_and_lists_them_in_order() {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        String b = inmate();

        add(classId, a).then().statusCode(201)
                .body("inmateId", equalTo(a)).body("position", equalTo(1))
                .body("status", equalTo("WAITING")).body("addedAt", notNullValue());
        add(classId, b).then().statusCode(201).body("position", equalTo(2));
        viewer().get("/api/v1/classes/" + classId + "/waiting-list").then().statusCode(200)
                .body("items.inmateId", contains(a, b)).body("items.position", contains(1, 2))
                .body("totalItems", equalTo(2));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void refuses_unknown_class_or_inmate_and_someone_already_waiting_or_enrolled() throws Exception {
        String classId = runningClass(program(80), 5);
        String waiting = inmate();
        String enrolledOne = inmate();
        add(classId, waiting).then().statusCode(201);
        enrolled(classId, enrolledOne);

        add(UUID.randomUUID().toString(), waiting).then().statusCode(404).body("type", endsWith("/not-found"));
        add(classId, UUID.randomUUID().toString()).then().statusCode(404).body("type", endsWith("/not-found"));
        add(classId, waiting).then().statusCode(409).body("type", endsWith("/already-waiting"));
        add(classId, enrolledOne).then().statusCode(409).body("type", endsWith("/already-enrolled"));
        officer().body(Map.of()).post("/api/v1/classes/" + classId + "/waiting-list").then().statusCode(400)
                .body("errors.field", contains("inmateId"));
        viewer().contentType("application/json").body(Map.of("inmateId", inmate()))
                .post("/api/v1/classes/" + classId + "/waiting-list").then().statusCode(403);
        assertEquals(1, entries(classId));
    }

    @Test
    void an_officer_takes_a_waiting_inmate_off_the_list() throws Exception {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        add(classId, a).then().statusCode(201);

        officer().delete("/api/v1/classes/" + classId + "/waiting-list/" + a).then().statusCode(204);
        officer().delete("/api/v1/classes/" + classId + "/waiting-list/" + a).then().statusCode(404)
                .body("type", endsWith("/not-found"));
        viewer().delete("/api/v1/classes/" + classId + "/waiting-list/" + a).then().statusCode(403);
        assertEquals(0, entries(classId));
        add(classId, a).then().statusCode(201);
    }

    @Test
    void adding_and_removing_are_audited_as_lines_about_the_inmate_and_refusals_are_not() throws Exception {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        String enrolledOne = inmate();
        enrolled(classId, enrolledOne);

        add(classId, a).then().statusCode(201);
        add(classId, a).then().statusCode(409);
        add(classId, enrolledOne).then().statusCode(409);
        add(UUID.randomUUID().toString(), a).then().statusCode(404);
        officer().delete("/api/v1/classes/" + classId + "/waiting-list/" + a).then().statusCode(204);
        officer().delete("/api/v1/classes/" + classId + "/waiting-list/" + a).then().statusCode(404);
        officer().delete("/api/v1/classes/" + classId + "/waiting-list/" + enrolledOne).then().statusCode(404);

        assertEquals(List.of("petugas-sari CREATE", "petugas-sari DELETE"), auditLines(a));
        assertEquals(List.of(), auditLines(enrolledOne));
    }

    @Test
    void a_rejection_enrolls_the_first_in_line() throws SQLException {
        String classId = runningClass(program(80), 1);
        String seat = enrolled(classId, inmate());
        String next = inmate();
        add(classId, next).then().statusCode(201);

        decide(seat, EventTypes.ENROLLMENT_REJECTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "reason": "QUOTA_EXHAUSTED", "decidedAt": "%s"}"""
                .formatted(seat, OffsetDateTime.now(WIB)));

        String enrollmentId = awaitEnrolled(classId, next);
        viewer().get("/api/v1/enrollments/" + enrollmentId).then().body("status", equalTo("PENDING"))
                .body("inmateId", equalTo(next));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> kafka().readByKey(Topics.ENROLLMENTS, enrollmentId),
                events -> events.size() == 1 && events.get(0).value().contains(next));
        assertEquals(List.of("petugas-sari CREATE", "event:/disnaker-service ENROLL"), auditLines(next));
    }

    @Test
    void a_withdrawal_enrolls_the_first_in_line_and_skips_those_no_longer_eligible() throws SQLException {
        String classId = runningClass(program(80), 1);
        String seat = enrolled(classId, inmate());
        Map<String, Object> leaving = new HashMap<>(inmateBody());
        leaving.put("expectedReleaseDate", today().plusDays(1).toString());
        String leavesEarly = officer().body(leaving).post("/api/v1/inmates").then().statusCode(201)
                .extract().path("id");
        String next = inmate();
        add(classId, leavesEarly).then().statusCode(201);
        add(classId, next).then().statusCode(201);

        withdraw(seat).then().statusCode(200);

        viewer().get("/api/v1/classes/" + classId + "/waiting-list").then()
                .body("items.status", contains("SKIPPED", "ENROLLED"))
                .body("items[0].skipReason", endsWith("/release-before-class-end"))
                .body("items[1].enrollmentId", notNullValue());
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
        assertEquals(List.of("petugas-sari CREATE", "petugas-sari SKIP"), auditLines(leavesEarly));
        assertEquals(List.of("petugas-sari CREATE", "petugas-sari ENROLL"), auditLines(next));
    }

    @Test
    void a_release_withdrawing_an_enrollment_enrolls_the_first_in_line() {
        String classId = runningClass(program(80), 1);
        String leaving = inmate();
        enrolled(classId, leaving);
        String next = inmate();
        add(classId, next).then().statusCode(201);

        officer().body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                .post("/api/v1/inmates/" + leaving + "/release").then().statusCode(200);

        awaitEnrolled(classId, next);
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void two_seats_freed_at_once_enroll_two_different_people_each_once() throws Exception {
        String classId = runningClass(program(80), 2);
        String first = enrolled(classId, inmate());
        String second = enrolled(classId, inmate());
        String w1 = inmate();
        String w2 = inmate();
        String w3 = inmate();
        for (String w : List.of(w1, w2, w3)) {
            add(classId, w).then().statusCode(201);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String id : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return withdraw(id).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(200, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        viewer().get("/api/v1/classes/" + classId + "/waiting-list").then()
                .body("items.inmateId", contains(w1, w2, w3))
                .body("items.status", contains("ENROLLED", "ENROLLED", "WAITING"));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(2));
        assertEquals(1, liveEnrollments(classId, w1));
        assertEquals(1, liveEnrollments(classId, w2));
        assertEquals(0, liveEnrollments(classId, w3));
        assertNotEquals(enrollmentOf(classId, w1), enrollmentOf(classId, w2));
    }

    private static Response add(String classId, String inmateId) {
        return officer().body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + classId + "/waiting-list");
    }

    private static Response withdraw(String enrollmentId) {
        return officer().body(Map.of("reason", "HEALTH")).post("/api/v1/enrollments/" + enrollmentId + "/withdrawal");
    }

    /** Waits until the inmate's entry is ENROLLED; its enrollment's id. */
    private static String awaitEnrolled(String classId, String inmateId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> enrollmentOf(classId, inmateId) != null);
        return enrollmentOf(classId, inmateId);
    }

    private static String enrollmentOf(String classId, String inmateId) {
        List<Map<String, Object>> items = viewer().get("/api/v1/classes/" + classId + "/waiting-list?size=100")
                .jsonPath().getList("items");
        return items.stream().filter(i -> inmateId.equals(i.get("inmateId")) && "ENROLLED".equals(i.get("status")))
                .map(i -> (String) i.get("enrollmentId")).findFirst().orElse(null);
    }

    /** The waiting-list audit lines about the inmate, oldest first, as "actor ACTION". */
    private List<String> auditLines(String inmateId) throws SQLException {
        return AuditLines.of(dataSource, "waiting-list-entry", inmateId);
    }

    private long entries(String classId) throws SQLException {
        return count("select count(*) from waiting_list_entry where class_id = ?", UUID.fromString(classId));
    }

    private long liveEnrollments(String classId, String inmateId) throws SQLException {
        return count("select count(*) from enrollment where class_id = ? and inmate_id = ? and status = 'PENDING'",
                UUID.fromString(classId), UUID.fromString(inmateId));
    }

    private long count(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
