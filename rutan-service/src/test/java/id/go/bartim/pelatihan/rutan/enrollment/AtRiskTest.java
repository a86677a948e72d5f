package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.RutanInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.attendance;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.session;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Can they still make it (SPEC 10): maxAttainableRate and canStillQualify, and the class's at-risk list. */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class AtRiskTest {

    @Test
    void lists_who_can_no_longer_qualify_and_who_missed_the_last_three_held_sessions() {
        String classId = runningClass(program(75), 5);
        // Three sessions today, one ahead: 2 hours each, 8 in all
        String first = session(classId, today(), 2);
        String second = officer().body(Map.of("date", today().toString(), "startTime", "10:00", "hours", 2))
                .post("/api/v1/classes/" + classId + "/sessions").then().statusCode(201).extract().path("id");
        String third = officer().body(Map.of("date", today().toString(), "startTime", "13:00", "hours", 2))
                .post("/api/v1/classes/" + classId + "/sessions").then().statusCode(201).extract().path("id");
        String ahead = session(classId, today().plusDays(1), 2);
        String good = acceptedEnrollment(classId);
        String absent = acceptedEnrollment(classId);
        String slipping = acceptedEnrollment(classId);
        for (String s : List.of(first, second, third)) {
            attendance(classId, s, good, "PRESENT");
            attendance(classId, s, absent, "ABSENT");
        }
        attendance(classId, first, slipping, "PRESENT");
        attendance(classId, second, slipping, "SICK");
        attendance(classId, third, slipping, "PRESENT");

        // slipping: 4 of 8 attended, 2 ahead -> at most 75.0, exactly the minimum
        viewer().get("/api/v1/enrollments/" + slipping).then()
                .body("attendance.rate", equalTo(50.0f))
                .body("attendance.maxAttainableRate", equalTo(75.0f))
                .body("attendance.canStillQualify", equalTo(true));
        viewer().get("/api/v1/enrollments/" + absent).then()
                .body("attendance.maxAttainableRate", equalTo(25.0f))
                .body("attendance.canStillQualify", equalTo(false));

        viewer().get("/api/v1/classes/" + classId + "/at-risk").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].enrollment.id", equalTo(absent))
                .body("items[0].enrollment.attendance.canStillQualify", equalTo(false))
                .body("items[0].fullName", notNullValue())
                .body("items[0].registrationNumber", notNullValue())
                .body("items[0].reasons", equalTo(List.of("CANNOT_QUALIFY", "ABSENT_FROM_LAST_THREE_HELD_SESSIONS")));

        // Cancelling the session ahead takes slipping's last chance: 4 of 6 at most, under 75
        officer().body(Map.of("reason", "FACILITY"))
                .post("/api/v1/classes/" + classId + "/sessions/" + ahead + "/cancellation").then().statusCode(200);
        viewer().get("/api/v1/enrollments/" + slipping).then()
                .body("attendance.maxAttainableRate", equalTo(66.7f))
                .body("attendance.canStillQualify", equalTo(false));
        viewer().get("/api/v1/classes/" + classId + "/at-risk?size=1&page=1").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items", hasSize(1));
        officer().get("/api/v1/classes/" + classId + "/at-risk").then()
                .body("items.enrollment.id", containsInAnyOrder(absent, slipping))
                .body("items.find { it.enrollment.id == '" + slipping + "' }.reasons",
                        equalTo(List.of("CANNOT_QUALIFY")));
    }

    @Test
    void answers_404_for_an_unknown_class() {
        viewer().get("/api/v1/classes/" + UUID.randomUUID() + "/at-risk").then().statusCode(404);
    }
}
