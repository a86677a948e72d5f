package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The steps officers take on both services, through their REST APIs only. */
final class Flows {

    static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private final TrainingSystem system;

    Flows(TrainingSystem system) {
        this.system = system;
    }

    RequestSpecification rutan(ServiceProcess rutan) {
        return given().baseUri(rutan.baseUrl()).auth().oauth2(system.token("rutan-officer"))
                .contentType("application/json");
    }

    RequestSpecification rutan() {
        return rutan(system.rutan);
    }

    RequestSpecification disnaker() {
        return given().baseUri(system.disnaker.baseUrl()).auth().oauth2(system.token("disnaker-officer"))
                .contentType("application/json");
    }

    /** A program created on disnaker and already replicated on rutan. */
    String program(int minAttendancePercent) {
        String code = "ETE-" + (100 + SEQ.incrementAndGet());
        disnaker().body(Map.of("code", code, "name", "Program " + code, "sector", "Industri", "trainingHours", 40,
                "minAttendancePercent", minAttendancePercent)).post("/api/v1/programs").then().statusCode(201);
        await().atMost(PROPAGATION).until(() -> rutan().get("/api/v1/programs/" + code).statusCode() == 200);
        return code;
    }

    String inmate() {
        return inmate(null);
    }

    /** An inmate born 1 July 1988, a man, with {@code nik} (null: none); see {@link #nik()}. */
    String inmate(String nik) {
        return inmate(nik, "Warga Binaan " + SEQ.incrementAndGet());
    }

    /** An inmate named {@code fullName}, born 1 July 1988, a man, with {@code nik} (null: none). */
    String inmate(String nik, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationNumber", "E2E." + UUID.randomUUID().toString().substring(0, 12));
        body.put("fullName", fullName);
        body.put("nik", nik);
        body.put("birthDate", "1988-07-01");
        body.put("sex", "MALE");
        body.put("custodyStatus", "CONVICT");
        body.put("admissionDate", TODAY.minusMonths(6).toString());
        return rutan().body(body).post("/api/v1/inmates").then().statusCode(201).extract().path("id");
    }

    /** A NIK no other inmate of this run has, agreeing with {@link #inmate}'s birth date and sex. */
    String nik() {
        return "620401010788" + "%04d".formatted(1 + SEQ.incrementAndGet() % 9999);
    }

    String runningClass(String programCode, int capacity) {
        return rutan().body(Map.of("programCode", programCode, "name", "Kelas " + programCode,
                        "startDate", TODAY.minusDays(5).toString(), "endDate", TODAY.plusDays(30).toString(),
                        "capacity", capacity))
                .post("/api/v1/classes").then().statusCode(201).extract().path("id");
    }

    String session(String classId, int hours) {
        return rutan().body(Map.of("date", TODAY.toString(), "startTime", "08:00", "hours", hours))
                .post("/api/v1/classes/" + classId + "/sessions").then().statusCode(201).extract().path("id");
    }

    Response enroll(String classId, String inmateId) {
        return rutan().body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + classId + "/enrollments");
    }

    String enrolled(String classId, String inmateId) {
        return enroll(classId, inmateId).then().statusCode(202).extract().path("id");
    }

    JsonPath awaitOnRutan(String enrollmentId, String status) {
        return await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                .until(() -> rutan().get("/api/v1/enrollments/" + enrollmentId),
                        r -> r.statusCode() == 200 && status.equals(r.jsonPath().getString("status")))
                .jsonPath();
    }

    JsonPath awaitOnDisnaker(String enrollmentId, String status) {
        return await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                .until(() -> disnaker().get("/api/v1/enrollments/" + enrollmentId),
                        r -> r.statusCode() == 200 && status.equals(r.jsonPath().getString("status")))
                .jsonPath();
    }

    void attend(String classId, String sessionId, String enrollmentId, String status) {
        rutan().body(List.of(Map.of("enrollmentId", enrollmentId, "status", status)))
                .put("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance").then().statusCode(200);
    }

    Response complete(String enrollmentId, String outcome) {
        return rutan().body(Map.of("outcome", outcome, "assessedOn", TODAY.toString(), "assessorName", "Asesor Uji"))
                .post("/api/v1/enrollments/" + enrollmentId + "/completion");
    }

    JsonPath quota() {
        return disnaker().get("/api/v1/quota/" + TODAY.minusDays(5).getYear()).then().statusCode(200)
                .extract().jsonPath();
    }

    int year() {
        return TODAY.minusDays(5).getYear();
    }
}
