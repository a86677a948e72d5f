package id.go.bartim.pelatihan.rutan.inmate;

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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.countWithRegistrationNumber;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.create;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two registrations of one number racing past the service's own check: the database's unique constraint stops
 * the second, and its client gets the same specific problem as when the check sees the duplicate.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class RegistrationRaceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_loser_of_a_race_on_a_registration_number_gets_duplicate_registration_number() throws Exception {
        Map<String, Object> body = body();
        String number = (String) body.get("registrationNumber");
        try (Connection other = dataSource.getConnection()) {
            // Another registration of the same number, written but not yet committed: invisible to the check
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    insert into inmate (id, registration_number, full_name, birth_date, sex, custody_status,
                                        admission_date, created_at, updated_at)
                    values (?, ?, 'Other Person', date '1985-01-01', 'MALE', 'DETAINEE', current_date, now(), now())""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, number);
                insert.executeUpdate();
            }
            CompletableFuture<Response> racing = CompletableFuture.supplyAsync(() -> create(body));
            // The request passed its check and now waits on the unique index for the other transaction
            RowLocks.awaitBlockedBy(other, dataSource);
            other.commit();

            racing.get(30, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/duplicate-registration-number"))
                    .body("detail", equalTo("Another inmate has this registration number"));
        }
        assertEquals(1, countWithRegistrationNumber(number));
    }
}
