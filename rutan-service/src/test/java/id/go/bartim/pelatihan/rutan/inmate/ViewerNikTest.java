package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.MALE_NIK;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asOfficer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * SPEC 8: a viewer cannot recover a full NIK by any combination of reads. A masked NIK with the birth date and sex left
 * four digits to guess, and a search answered yes or no: so a viewer gets the birth year, not the date, and may not
 * search with 6 or more digits in a row. Officers read and search as before.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class ViewerNikTest {

    @Test
    void a_viewer_gets_403_for_a_search_of_6_or_more_digits() {
        for (String q : List.of(MALE_NIK, "620401", "Budi 150390")) {
            asViewer().queryParam("q", q).get("/api/v1/inmates").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", endsWith("/forbidden"))
                    .body("detail", equalTo("Searching by NIK (6 or more digits in a row) is for officers only"));
        }
    }

    @Test
    void a_viewer_may_search_with_5_digits_and_an_officer_with_any() {
        asViewer().queryParam("q", "62040").get("/api/v1/inmates").then().statusCode(200);
        asViewer().queryParam("q", "AI.2026.0001").get("/api/v1/inmates").then().statusCode(200);
        asOfficer().queryParam("q", MALE_NIK).get("/api/v1/inmates").then().statusCode(200);
        asOfficer().queryParam("q", "620401").get("/api/v1/inmates").then().statusCode(200);
    }

    @Test
    void a_viewer_sees_the_birth_year_and_the_nik_masked_only() {
        String id = createdId(named());
        asViewer().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("nik", equalTo("6204**********01"))
                .body("birthYear", equalTo(1990))
                .body("$", not(hasKey("birthDate")));
    }

    @Test
    void an_officer_sees_the_birth_date_and_the_full_nik_as_before() {
        String id = createdId(named());
        asOfficer().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("nik", equalTo(MALE_NIK))
                .body("birthDate", equalTo("1990-03-15"))
                .body("$", not(hasKey("birthYear")));
    }

    private static Map<String, Object> named() {
        Map<String, Object> body = Inmates.body();
        body.put("fullName", "Budi " + token());
        return body;
    }
}
