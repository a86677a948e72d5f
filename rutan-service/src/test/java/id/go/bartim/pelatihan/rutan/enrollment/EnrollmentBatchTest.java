package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.logging.Log;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many enrollment requests at once (SPEC 10): answered item by item, the accepted ones stored with their events. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class EnrollmentBatchTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void enrolls_every_eligible_inmate_as_pending_with_its_event_and_audit_line() throws Exception {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        String b = inmate();
        long lines = auditLines();

        Response response = batch(classId, List.of(a, b));
        response.then().statusCode(200)
                .body("accepted", equalTo(2)).body("refused", equalTo(0))
                .body("items.inmateId", contains(a, b))
                .body("items.status", contains(202, 202))
                .body("items.enrollment.status", contains("PENDING", "PENDING"))
                .body("items[0].problem", nullValue());
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(2));
        assertEquals(2, enrollmentRows(classId));
        assertEquals(lines + 2, auditLines(), "one CREATE line per enrollment, as a single request writes");
        List<String> enrollmentIds = response.jsonPath().getList("items.enrollment.id");
        assertEquals(2, count("select count(*) from audit_event where resource_type = 'enrollment'"
                + " and action = 'CREATE' and resource_id = any(?) and actor not like 'system%'",
                (Object) enrollmentIds.toArray(String[]::new)), "each line names its enrollment and the officer");
        for (String enrollmentId : enrollmentIds) {
            await().atMost(Duration.ofSeconds(20)).until(() -> kafka().readByKey(Topics.ENROLLMENTS, enrollmentId),
                    events -> events.size() == 1);
        }
    }

    @Test
    void answers_duplicates_and_unknown_inmates_item_by_item_and_stores_nothing_for_them() throws Exception {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        String before = inmate();
        enrolled(classId, before);
        String unknown = UUID.randomUUID().toString();

        batch(classId, List.of(a, unknown, a, before)).then().statusCode(200)
                .body("accepted", equalTo(1)).body("refused", equalTo(3))
                .body("items.status", contains(202, 404, 409, 409))
                .body("items[1].problem.type", endsWith("/not-found"))
                .body("items[2].problem.type", endsWith("/already-enrolled"))
                .body("items[3].problem.type", endsWith("/already-enrolled"))
                .body("items[3].enrollment", nullValue());
        assertEquals(2, enrollmentRows(classId), "the earlier enrollment and the one accepted item");
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(2));
    }

    @Test
    void a_full_class_refuses_the_later_items_with_422_class_full() throws Exception {
        String classId = runningClass(program(80), 2);
        List<String> inmates = List.of(inmate(), inmate(), inmate());

        batch(classId, inmates).then().statusCode(200)
                .body("items.status", contains(202, 202, 422))
                .body("items[2].problem.type", endsWith("/class-full"))
                .body("accepted", equalTo(2)).body("refused", equalTo(1));
        assertEquals(2, enrollmentRows(classId));
    }

    @Test
    void the_other_rules_of_a_single_request_refuse_their_items() throws Exception {
        String classId = runningClass(program(80), 5);
        Map<String, Object> leaving = inmateBody();
        leaving.put("expectedReleaseDate", today().plusDays(1).toString());
        String early = inmate(leaving);

        batch(classId, List.of(early)).then().statusCode(200)
                .body("items[0].status", equalTo(422))
                .body("items[0].problem.type", endsWith("/release-before-class-end"));
        assertEquals(0, enrollmentRows(classId));
    }

    @Test
    void a_batch_of_501_or_of_none_is_refused_with_400_and_stores_nothing() throws Exception {
        String classId = runningClass(program(80), 5);
        String a = inmate();
        List<String> tooMany = IntStream.range(0, 501)
                .mapToObj(i -> i == 0 ? a : UUID.randomUUID().toString()).toList();

        batch(classId, tooMany).then().statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", contains("inmateIds"));
        batch(classId, List.of()).then().statusCode(400).body("errors.field", contains("inmateIds"));
        assertEquals(0, enrollmentRows(classId));
    }

    @Test
    void an_unknown_class_is_404_for_the_whole_request() {
        batch(UUID.randomUUID().toString(), List.of(inmate())).then().statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void only_an_officer_may_enroll() {
        viewer().contentType("application/json").body(Map.of("inmateIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/classes/" + UUID.randomUUID() + "/enrollment-batches").then().statusCode(403);
    }

    @Test
    void the_same_idempotency_key_replays_the_answer_and_enrolls_nobody_again() throws Exception {
        String classId = runningClass(program(80), 5);
        List<String> inmates = List.of(inmate(), inmate());
        String key = "batch-" + UUID.randomUUID();

        Response first = officer().header("Idempotency-Key", key).body(Map.of("inmateIds", inmates))
                .post("/api/v1/classes/" + classId + "/enrollment-batches");
        first.then().statusCode(200).body("accepted", equalTo(2));
        Response again = officer().header("Idempotency-Key", key).body(Map.of("inmateIds", inmates))
                .post("/api/v1/classes/" + classId + "/enrollment-batches");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getList("items.enrollment.id"), again.jsonPath().getList("items.enrollment.id"));
        assertEquals(2, enrollmentRows(classId));
    }

    @Test
    void a_batch_of_500_is_answered_in_one_request() throws Exception {
        // Twice, into two classes: the second shows the path warm, as a running service serves it
        for (int round = 1; round <= 2; round++) {
            String classId = runningClass(program(80), 500);
            List<String> inmates = admitted(500);

            long started = System.nanoTime();
            batch(classId, inmates).then().statusCode(200)
                    .body("accepted", equalTo(500)).body("refused", equalTo(0));
            long millis = (System.nanoTime() - started) / 1_000_000;
            // Measured, not asserted: ./bench.sh judges speed on a quiet machine; a test run shares its cores
            Log.infof("a batch of 500 answered in %d ms (run %d)", millis, round);
            assertEquals(500, enrollmentRows(classId));
            viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(500));
        }
    }

    /** {@code count} ACTIVE inmates written straight to the table: admitting 500 through the API would dominate. */
    private List<String> admitted(int count) throws SQLException {
        String sql = """
                insert into inmate (id, registration_number, full_name, nik, birth_date, sex, custody_status,
                                    admission_date, education_level, created_at, updated_at)
                select gen_random_uuid(), 'BATCH.' || ? || '.' || g, 'Peserta ' || g, '6204011503900001',
                       date '1990-03-15', 'MALE', 'DETAINEE', current_date - 30, 'SMA', now(), now()
                from generate_series(1, ?) g
                returning id""";
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, UUID.randomUUID().toString().substring(0, 8));
            q.setInt(2, count);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static Response batch(String classId, List<String> inmateIds) {
        return officer().body(Map.of("inmateIds", inmateIds))
                .post("/api/v1/classes/" + classId + "/enrollment-batches");
    }

    private long enrollmentRows(String classId) throws SQLException {
        return count("select count(*) from enrollment where class_id = ?", UUID.fromString(classId));
    }

    private long auditLines() throws SQLException {
        return count("select count(*) from audit_event where resource_type = 'enrollment' and action = 'CREATE'");
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
