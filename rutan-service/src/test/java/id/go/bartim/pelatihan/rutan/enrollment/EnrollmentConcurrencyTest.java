package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.enroll;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.inmate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RutanInfra.class)
class EnrollmentConcurrencyTest {

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
}
