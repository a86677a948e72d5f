package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SPEC 11: the public progress of a year as JSON, without a token: counts of people, 1 to 4 suppressed, one hidden
 * cell of a breakdown never derivable from its total, nothing per partner. The public requests run in a minute of
 * their own (TestClock), apart from the other tests' public requests, as they share one rate limit.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class PublicQuotaTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shows_the_year_to_anyone_with_small_counts_suppressed_and_their_complements() {
        int year = freshYear();
        String carpentry = program("Pertukangan Kayu");
        String workshop = program("Perbengkelan Sepeda Motor");
        String cooking = program("Tata Boga");
        TrainedPeople.inProgram(year, carpentry, 20, 1);
        TrainedPeople.inProgram(year, workshop, 8, 0);
        TrainedPeople.inProgram(year, cooking, 1, 0);
        TrainedPeople.certificatesIssuedOn(year, carpentry, LocalDate.of(year, 3, 10));
        TrainedPeople.certificatesIssuedOn(year, workshop, LocalDate.of(year, 5, 20));
        // a class of the year that ends in January of the next: counted in December
        TrainedPeople.certificatesIssuedOn(year, cooking, LocalDate.of(year + 1, 1, 5));
        ownMinute();

        String body = publicQuota(year).statusCode(200)
                .contentType("application/json")
                .body("year", equalTo(year))
                .body("target", equalTo(1000))
                .body("trained", equalTo(Map.of("count", 29, "suppressed", false)))
                .body("reserved", equalTo(suppressed()))
                .body("byProgram.programCode", equalTo(List.of(carpentry, workshop, cooking)))
                .body("byProgram.programName", equalTo(List.of("Pertukangan Kayu", "Perbengkelan Sepeda Motor",
                        "Tata Boga")))
                // 1 in cooking is hidden, and 8 in the workshop with it: 29 - 20 = 9 could be 1 + 8 to 4 + 5
                .body("byProgram.trained", equalTo(List.of(Map.of("count", 20, "suppressed", false), complement(),
                        suppressed())))
                // the only reserved person: hidden, and the total with it, nothing could complement it
                .body("byProgram.reserved", equalTo(List.of(suppressed(), zero(), zero())))
                .body("trainedByMonth", hasSize(12))
                .body("trainedByMonth[2].month", equalTo(year + "-03"))
                .body("trainedByMonth[2].trained.count", equalTo(20))
                .body("trainedByMonth[4].month", equalTo(year + "-05"))
                .body("trainedByMonth[4].trained", equalTo(complement()))
                .body("trainedByMonth[11].month", equalTo(year + "-12"))
                .body("trainedByMonth[11].trained", equalTo(suppressed()))
                .body("trainedByMonth[0].trained", equalTo(zero()))
                .body("bySex.sex", equalTo(List.of("MALE", "FEMALE")))
                .body("bySex.trained", equalTo(List.of(Map.of("count", 29, "suppressed", false), zero())))
                .extract().asString();
        assertEquals(-1, body.indexOf("partner"), body);
        assertEquals(-1, body.indexOf("RUTAN"), body);
    }

    @Test
    void withholds_the_total_and_every_breakdown_when_a_small_count_could_be_worked_out() {
        int year = freshYear();
        String carpentry = program("Pertukangan Kayu");
        String cooking = program("Tata Boga");
        // 1 and 5 of 6: hidden together they could only be 1 + 5
        TrainedPeople.inProgram(year, carpentry, 5, 0);
        TrainedPeople.inProgram(year, cooking, 1, 0);
        TrainedPeople.certificatesIssuedOn(year, carpentry, LocalDate.of(year, 4, 10));
        TrainedPeople.certificatesIssuedOn(year, cooking, LocalDate.of(year, 4, 11));
        ownMinute();
        publicQuota(year).statusCode(200)
                .body("trained", equalTo(complement()))
                .body("byProgram.trained", equalTo(List.of(complement(), suppressed())))
                .body("trainedByMonth[3].trained", equalTo(complement()))
                .body("trainedByMonth[4].trained", equalTo(zero()))
                .body("bySex.trained", equalTo(List.of(complement(), zero())));
    }

    @Test
    void shows_a_year_nobody_touched_with_the_default_target_and_zeros() {
        int year = freshYear();
        ownMinute();
        publicQuota(year).statusCode(200)
                .body("target", equalTo(QuotaRules.DEFAULT_TARGET))
                .body("trained", equalTo(zero()))
                .body("reserved", equalTo(zero()))
                .body("byProgram", hasSize(0))
                .body("trainedByMonth", hasSize(12))
                .body("trainedByMonth.trained.count", everyItem(equalTo(0)))
                .body("bySex.trained.count", equalTo(List.of(0, 0)));
    }

    @Test
    void refuses_a_year_outside_2000_to_2100_with_a_400_problem() {
        ownMinute();
        for (String year : List.of("1999", "2101")) {
            publicQuota(year).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("year"))
                    .body("detail", not(containsString(year)));
        }
        // A path that is no year at all names no resource, as on the officers' quota
        publicQuota("20x6").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answers_without_a_token_and_never_with_a_count_from_1_to_4() {
        int year = freshYear();
        String program = program();
        TrainedPeople.inProgram(year, program, 2, 3);
        ownMinute();
        publicQuota(year).statusCode(200)
                .body("trained", equalTo(suppressed()))
                .body("reserved", equalTo(suppressed()))
                .body("byProgram[0].trained.count", nullValue())
                .body("byProgram[0].reserved.count", nullValue());
    }

    private void ownMinute() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(11, ChronoUnit.MINUTES));
    }

    private static ValidatableResponse publicQuota(Object year) {
        return given().get("/api/v1/public/quota/" + year).then();
    }

    private static Map<String, Object> suppressed() {
        return hidden("SMALL_COUNT");
    }

    private static Map<String, Object> complement() {
        return hidden("COMPLEMENT");
    }

    private static Map<String, Object> hidden(String reason) {
        Map<String, Object> count = new java.util.HashMap<>();
        count.put("count", null);
        count.put("suppressed", true);
        count.put("reason", reason);
        return count;
    }

    private static Map<String, Object> zero() {
        return Map.of("count", 0, "suppressed", false);
    }
}
