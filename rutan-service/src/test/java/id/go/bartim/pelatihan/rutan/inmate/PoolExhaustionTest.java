package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.countWithRegistrationNumber;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No pooled connection frees up within the acquisition timeout (every one busy): the request is a 503 to retry,
 * like a database out of reach, not a 500, and nothing is written.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class PoolExhaustionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_request_that_gets_no_connection_in_time_is_a_503_to_retry_and_changes_nothing() throws Exception {
        Map<String, Object> body = body();
        List<Connection> held = new ArrayList<>();
        try {
            int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            // Each waits out the acquisition timeout (5 s by default)
            asOfficer().contentType("application/json").body(body).post("/api/v1/inmates").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", endsWith("/database-unavailable"));
            asOfficer().get("/api/v1/inmates").then()
                    .statusCode(503)
                    .body("type", endsWith("/database-unavailable"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertEquals(0, countWithRegistrationNumber((String) body.get("registrationNumber")));
        asOfficer().get("/api/v1/inmates").then().statusCode(200);
    }
}
