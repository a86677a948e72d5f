package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import id.go.bartim.pelatihan.testing.RowLocks;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.enroll;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RutanInfra.class)
class EnrollmentConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twenty_parallel_enrollments_into_five_seats_give_exactly_five_pending() throws Exception {
        String classId = runningClass(program(80), 5);
        List<String> inmates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inmates.add(inmate());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Response>> results = new ArrayList<>();
        for (String inmateId : inmates) {
            Callable<Response> call = () -> {
                start.await();
                return enroll(classId, inmateId);
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        int accepted = 0;
        int full = 0;
        for (Future<Response> result : results) {
            Response r = result.get();
            if (r.statusCode() == 202) {
                accepted++;
            } else if (r.statusCode() == 422 && r.jsonPath().getString("type").endsWith("/class-full")) {
                full++;
            }
        }
        pool.shutdown();

        assertEquals(5, accepted);
        assertEquals(15, full);
        viewer().queryParam("status", "PENDING").get("/api/v1/classes/" + classId + "/enrollments").then()
                .body("totalItems", equalTo(5));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(5));
    }

    @Test
    void the_loser_of_a_race_for_one_inmate_and_class_gets_already_enrolled_without_holding_the_class() throws Exception {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        String someoneElse = inmate();
        try (Connection other = dataSource.getConnection()) {
            // The same enrollment requested by another transaction, written but not yet committed
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    insert into enrollment (id, class_id, inmate_id, program_code, status, requested_at, requested_on)
                    select ?, c.id, ?, c.program_code, 'PENDING', now(), current_date from training_class c where c.id = ?""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(inmateId));
                insert.setObject(3, UUID.fromString(classId));
                assertEquals(1, insert.executeUpdate());
            }
            CompletableFuture<Response> racing = CompletableFuture.supplyAsync(() -> enroll(classId, inmateId));
            RowLocks.awaitBlockedBy(other, dataSource);
            // The waiting request has not taken its seat yet (the seat comes last, its lock held only for the
            // commit), so another enrollment into the class goes through meanwhile
            CompletableFuture.supplyAsync(() -> enroll(classId, someoneElse)).get(15, TimeUnit.SECONDS)
                    .then().statusCode(202);
            other.commit();

            racing.get(30, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/already-enrolled"));
        }
    }

    @Test
    void an_enrollment_waits_for_a_release_in_progress_and_is_refused_once_the_inmate_has_left() throws Exception {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        try (Connection releasing = dataSource.getConnection()) {
            // A release of the inmate by another transaction, written but not yet committed
            releasing.setAutoCommit(false);
            try (PreparedStatement release = releasing.prepareStatement("update inmate set status = 'RELEASED',"
                    + " release_reason = 'RELEASED', release_date = current_date where id = ?")) {
                release.setObject(1, UUID.fromString(inmateId));
                assertEquals(1, release.executeUpdate());
            }
            CompletableFuture<Response> enrolling = CompletableFuture.supplyAsync(() -> enroll(classId, inmateId));
            // Without a lock on the inmate the request would read the row as it was (ACTIVE) and enrol someone gone
            RowLocks.awaitBlockedBy(releasing, dataSource);
            releasing.commit();

            enrolling.get(30, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/inmate-not-active"));
        }
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
        viewer().get("/api/v1/inmates/" + inmateId + "/enrollments").then().body("totalItems", equalTo(0));
    }

    @Test
    void a_release_waits_for_an_enrollment_going_in_and_withdraws_it() throws Exception {
        String classId = runningClass(program(80), 5);
        String inmateId = inmate();
        UUID enrollmentId = UUID.randomUUID();
        try (Connection enrolling = dataSource.getConnection()) {
            // An enrollment by another transaction as Enrollments.enroll makes one, written but not yet committed
            enrolling.setAutoCommit(false);
            try (PreparedStatement lock = enrolling.prepareStatement("select 1 from inmate where id = ? for share");
                 PreparedStatement insert = enrolling.prepareStatement("""
                         insert into enrollment (id, class_id, inmate_id, program_code, status, requested_at, requested_on)
                         select ?, c.id, ?, c.program_code, 'PENDING', now(), current_date from training_class c
                         where c.id = ?""");
                 PreparedStatement seat = enrolling.prepareStatement(
                         "update training_class set seats_taken = seats_taken + 1 where id = ?")) {
                lock.setObject(1, UUID.fromString(inmateId));
                lock.executeQuery().close();
                insert.setObject(1, enrollmentId);
                insert.setObject(2, UUID.fromString(inmateId));
                insert.setObject(3, UUID.fromString(classId));
                assertEquals(1, insert.executeUpdate());
                seat.setObject(1, UUID.fromString(classId));
                assertEquals(1, seat.executeUpdate());
            }
            CompletableFuture<Response> releasing = CompletableFuture.supplyAsync(() -> officer()
                    .body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                    .post("/api/v1/inmates/" + inmateId + "/release"));
            RowLocks.awaitBlockedBy(enrolling, dataSource);
            enrolling.commit();

            releasing.get(30, TimeUnit.SECONDS).then().statusCode(200);
        }
        // Had the release looked for enrollments before the one going in committed, it would be left PENDING
        viewer().get("/api/v1/enrollments/" + enrollmentId).then()
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("RELEASED"));
        viewer().get("/api/v1/classes/" + classId).then().body("seatsTaken", equalTo(0));
    }
}
