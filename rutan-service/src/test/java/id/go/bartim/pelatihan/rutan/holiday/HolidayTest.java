package id.go.bartim.pelatihan.rutan.holiday;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The calendar of holidays (SPEC 10): kept by officers, read by both roles, refused when malformed. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class HolidayTest {

    /** Each test its own year, so lists by year hold only that test's holidays. */
    private static final AtomicInteger YEAR = new AtomicInteger(2030);

    @Test
    void creates_renames_lists_and_removes_a_holiday() {
        LocalDate day = LocalDate.of(YEAR.incrementAndGet(), 8, 17);

        put(day, "Hari Kemerdekaan").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("date", equalTo(day.toString()))
                .body("name", equalTo("Hari Kemerdekaan"));
        put(day, "Hari Kemerdekaan Republik Indonesia").then().statusCode(200)
                .body("name", equalTo("Hari Kemerdekaan Republik Indonesia"));
        put(day.minusMonths(5), "Tahun Baru Imlek").then().statusCode(201);

        viewer().get("/api/v1/holidays?year=" + day.getYear()).then().statusCode(200)
                .body("items.date", contains(day.minusMonths(5).toString(), day.toString()))
                .body("totalItems", equalTo(2));

        officer().delete("/api/v1/holidays/" + day).then().statusCode(204);
        officer().delete("/api/v1/holidays/" + day).then().statusCode(404)
                .contentType("application/problem+json");
        viewer().get("/api/v1/holidays?year=" + day.getYear()).then().body("items", hasSize(1));
    }

    @Test
    void lists_the_current_year_in_jakarta_when_no_year_is_given() {
        LocalDate day = LocalDate.of(today().getYear(), 12, 31);
        put(day, "Cuti bersama uji").then().statusCode(201);
        try {
            viewer().get("/api/v1/holidays?size=100").then().statusCode(200)
                    .body("items.date", org.hamcrest.Matchers.hasItem(day.toString()));
        } finally {
            // Other tests plan sessions in the current year: leave them no holiday of ours
            officer().delete("/api/v1/holidays/" + day).then().statusCode(204);
        }
    }

    @Test
    void refuses_a_viewer_with_403_and_stores_nothing() {
        LocalDate day = LocalDate.of(YEAR.incrementAndGet(), 1, 1);

        viewer().contentType("application/json").body(Map.of("name", "Tahun Baru Masehi"))
                .put("/api/v1/holidays/" + day).then().statusCode(403)
                .contentType("application/problem+json");
        viewer().delete("/api/v1/holidays/" + day).then().statusCode(403);

        assertNoHolidayIn(day.getYear());
    }

    @Test
    void refuses_a_date_that_is_not_one_with_400() {
        int year = YEAR.incrementAndGet();

        officer().body(Map.of("name", "Libur")).put("/api/v1/holidays/" + year + "-02-30").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
        officer().body(Map.of("name", "Libur")).put("/api/v1/holidays/besok").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        officer().body(Map.of("name", "Libur")).put("/api/v1/holidays/1999-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        officer().delete("/api/v1/holidays/17-08-" + year).then().statusCode(400);
        viewer().get("/api/v1/holidays?year=tahun").then().statusCode(400)
                .contentType("application/problem+json");

        assertNoHolidayIn(year);
    }

    @Test
    void refuses_a_name_too_long_or_blank_with_400_and_stores_nothing() {
        LocalDate day = LocalDate.of(YEAR.incrementAndGet(), 3, 19);

        put(day, "x".repeat(101)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        put(day, "   ").then().statusCode(400).body("errors[0].field", equalTo("name"));
        officer().body("{}").put("/api/v1/holidays/" + day).then().statusCode(400);

        assertNoHolidayIn(day.getYear());
    }

    @Test
    void refuses_a_rename_with_a_stale_if_match_with_412() {
        LocalDate day = LocalDate.of(YEAR.incrementAndGet(), 5, 1);
        put(day, "Hari Buruh").then().statusCode(201);
        put(day, "Hari Buruh Internasional").then().statusCode(200);

        officer().header("If-Match", "\"0\"").body(Map.of("name", "Libur lain"))
                .put("/api/v1/holidays/" + day).then().statusCode(412);
        viewer().get("/api/v1/holidays?year=" + day.getYear()).then()
                .body("items[0].name", equalTo("Hari Buruh Internasional"));
    }

    @Test
    void answers_404_when_removing_a_day_without_a_holiday() {
        officer().delete("/api/v1/holidays/" + LocalDate.of(YEAR.incrementAndGet(), 6, 1)).then().statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    private static io.restassured.response.Response put(LocalDate day, String name) {
        return officer().body(Map.of("name", name)).put("/api/v1/holidays/" + day);
    }

    private static void assertNoHolidayIn(int year) {
        viewer().get("/api/v1/holidays?year=" + year).then().statusCode(200).body("items", hasSize(0));
    }
}
