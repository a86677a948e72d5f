package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.bartim.pelatihan.rutan.inmate.Inmates.asViewer;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.body;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.createdId;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.release;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.today;
import static id.go.bartim.pelatihan.rutan.inmate.Inmates.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** GET /api/v1/inmates: by name, filtered by status, searched by name or registration number, paged. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class InmateListTest {

    @Test
    void searches_part_of_the_name_in_any_case_sorted_by_name() {
        String family = token();
        String zainal = createdId(named("Zainal " + family));
        String agus = createdId(named("agus " + family));
        String made = createdId(named("Made " + family.toUpperCase()));

        asViewer().queryParam("q", family.substring(2, 8).toUpperCase()).get("/api/v1/inmates").then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", contains(agus, made, zainal));
    }

    @Test
    void searches_part_of_the_registration_number_in_any_case() {
        Map<String, Object> body = body();
        String registration = "BI." + token().toUpperCase();
        body.put("registrationNumber", registration);
        String id = createdId(body);

        asViewer().queryParam("q", registration.substring(3, 9).toLowerCase()).get("/api/v1/inmates").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].registrationNumber", equalTo(registration));
    }

    @Test
    void treats_like_wildcards_in_the_search_as_plain_text() {
        createdId(named("Rahmat " + token()));
        asViewer().queryParam("q", "%").get("/api/v1/inmates").then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void filters_by_status() {
        String family = token();
        String active = createdId(named("Aktif " + family));
        String released = createdId(named("Bebas " + family));
        release(released, today().toString(), "RELEASED").then().statusCode(200);

        asViewer().queryParam("q", family).queryParam("status", "RELEASED").get("/api/v1/inmates").then()
                .statusCode(200)
                .body("items.id", contains(released))
                .body("items.status", everyItem(equalTo("RELEASED")));
        asViewer().queryParam("q", family).queryParam("status", "ACTIVE").get("/api/v1/inmates").then()
                .body("items.id", contains(active));
        asViewer().queryParam("status", "TRANSFERRED").queryParam("size", 100).get("/api/v1/inmates").then()
                .body("items.id", not(hasItem(released)));
    }

    @Test
    void refuses_an_unknown_status_filter_with_400() {
        asViewer().queryParam("status", "ESCAPED").get("/api/v1/inmates").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void pages_through_the_results() {
        String family = token();
        for (String given : new String[] {"Andi", "Bayu", "Cahya", "Dedi", "Eko"}) {
            createdId(named(given + " " + family));
        }
        asViewer().queryParam("q", family).queryParam("page", 1).queryParam("size", 2).get("/api/v1/inmates").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("items", hasSize(2))
                .body("items.fullName", contains("Cahya " + family, "Dedi " + family));
        asViewer().queryParam("q", family).queryParam("page", 2).queryParam("size", 2).get("/api/v1/inmates").then()
                .body("items.fullName", contains("Eko " + family));
    }

    @Test
    void refuses_a_page_size_over_100() {
        asViewer().queryParam("size", 101).get("/api/v1/inmates").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static Map<String, Object> named(String fullName) {
        Map<String, Object> body = body();
        body.put("fullName", fullName);
        return body;
    }
}
