package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.TestInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Test data for rutan: programs arrive as disnaker would send them (events on the real broker),
 * inmates, classes, sessions and enrollments go through the REST API, decisions come back as
 * events. Every name is fresh, so tests do not depend on each other.
 */
public final class RutanFixtures {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private RutanFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(WIB);
    }

    public static KafkaTopics kafka() {
        return new KafkaTopics(TestInfra.bootstrapServers());
    }

    public static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.forRole("rutan-officer", "petugas-sari")).contentType("application/json");
    }

    public static RequestSpecification viewer() {
        return given().auth().oauth2(Tokens.forRole("rutan-viewer", "pengamat-joko"));
    }

    /** A program in the replica, as if disnaker had published it; waits until rutan has it. */
    public static String program(int minAttendancePercent) {
        String code = "FIX-" + (1000 + SEQ.incrementAndGet() % 9000);
        kafka().send(KafkaTopics.cloudEvent(Topics.PROGRAMS, code, EventTypes.PROGRAM_UPSERTED, UUID.randomUUID(), """
                {"code": "%s", "name": "Program %s", "sector": "Konstruksi", "description": null, "trainingHours": 120,
                 "minAttendancePercent": %d, "competencyUnits": [], "active": true, "version": 0,
                 "updatedAt": "2026-01-05T09:00:00+07:00"}""".formatted(code, code, minAttendancePercent)));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer().get("/api/v1/programs/" + code).statusCode() == 200);
        return code;
    }

    public static Map<String, Object> inmateBody() {
        int n = SEQ.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("registrationNumber", "AI.2026." + UUID.randomUUID().toString().substring(0, 8) + n);
        body.put("fullName", "Budi Santoso " + n);
        body.put("nik", "6204011503900001");
        body.put("birthDate", "1990-03-15");
        body.put("sex", "MALE");
        body.put("custodyStatus", "DETAINEE");
        body.put("registerClass", "A.II");
        body.put("admissionDate", today().minusMonths(2).toString());
        body.put("educationLevel", "SMA");
        body.put("cellBlock", "Blok C-3");
        return body;
    }

    public static String inmate() {
        return inmate(inmateBody());
    }

    public static String inmate(Map<String, Object> body) {
        return officer().body(body).post("/api/v1/inmates").then().statusCode(201).extract().path("id");
    }

    public static String openClass(String programCode, LocalDate start, LocalDate end, int capacity) {
        return officer().body(Map.of("programCode", programCode, "name", "Kelas " + programCode,
                        "startDate", start.toString(), "endDate", end.toString(), "capacity", capacity,
                        "location", "Bengkel Blok C", "instructorName", "Sutrisno"))
                .post("/api/v1/classes").then().statusCode(201).extract().path("id");
    }

    /** A class running from 10 days ago to 30 days ahead. */
    public static String runningClass(String programCode, int capacity) {
        return openClass(programCode, today().minusDays(10), today().plusDays(30), capacity);
    }

    public static String session(String classId, LocalDate date, int hours) {
        return officer().body(Map.of("date", date.toString(), "startTime", "08:00", "hours", hours,
                        "topic", "Materi " + date))
                .post("/api/v1/classes/" + classId + "/sessions").then().statusCode(201).extract().path("id");
    }

    public static Response enroll(String classId, String inmateId) {
        return officer().body(Map.of("inmateId", inmateId)).post("/api/v1/classes/" + classId + "/enrollments");
    }

    public static String enrolled(String classId, String inmateId) {
        return enroll(classId, inmateId).then().statusCode(202).extract().path("id");
    }

    /** Disnaker's acceptance, sent on the decisions topic; waits until rutan applied it. */
    public static void accept(String enrollmentId) {
        decide(enrollmentId, EventTypes.ENROLLMENT_ACCEPTED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "year": %d, "decidedAt": "%s"}"""
                .formatted(enrollmentId, today().getYear(), OffsetDateTime.now(WIB)));
        awaitStatus(enrollmentId, "ACCEPTED");
    }

    public static void decide(String enrollmentId, String type, UUID ceId, String json) {
        kafka().send(KafkaTopics.cloudEvent(Topics.DECISIONS, enrollmentId, type, ceId, json));
    }

    public static String acceptedEnrollment(String classId) {
        String id = enrolled(classId, inmate());
        accept(id);
        return id;
    }

    /**
     * An accepted enrollment of the class assessed COMPETENT (attending a session of today first) and given disnaker's
     * certificate {@code number}; waits until rutan recorded it.
     */
    public static void certified(String classId, String enrollmentId, String number) {
        attendance(classId, session(classId, today(), 2), enrollmentId, "PRESENT");
        officer().body(Map.of("outcome", "COMPETENT", "assessedOn", today().toString(), "assessorName", "Hendra"))
                .post("/api/v1/enrollments/" + enrollmentId + "/completion").then().statusCode(200);
        decide(enrollmentId, EventTypes.CERTIFICATE_ISSUED, UUID.randomUUID(), """
                {"enrollmentId": "%s", "certificateNumber": "%s", "issuedOn": "%s"}"""
                .formatted(enrollmentId, number, today()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> viewer().get("/api/v1/enrollments/" + enrollmentId).jsonPath(),
                        e -> "VALID".equals(e.getString("certificateStatus")));
    }

    /** Disnaker's revocation of the certificate {@code number}, sent as the event {@code ceId}. */
    public static void revokeCertificate(String enrollmentId, String number, String reason, LocalDate on, UUID ceId) {
        decide(enrollmentId, EventTypes.CERTIFICATE_REVOKED, ceId, """
                {"enrollmentId": "%s", "certificateNumber": "%s", "reason": "%s", "revokedOn": "%s"}"""
                .formatted(enrollmentId, number, reason, on));
    }

    /** Waits until rutan shows the enrollment's certificate REVOKED, and returns the enrollment. */
    public static JsonPath awaitRevoked(String enrollmentId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> viewer().get("/api/v1/enrollments/" + enrollmentId).jsonPath(),
                        e -> "REVOKED".equals(e.getString("certificateStatus")));
    }

    public static Response awaitStatus(String enrollmentId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> viewer().get("/api/v1/enrollments/" + enrollmentId),
                        r -> r.statusCode() == 200 && status.equals(r.jsonPath().getString("status")));
    }

    public static void attendance(String classId, String sessionId, String enrollmentId, String status) {
        officer().body(java.util.List.of(Map.of("enrollmentId", enrollmentId, "status", status)))
                .put("/api/v1/classes/" + classId + "/sessions/" + sessionId + "/attendance")
                .then().statusCode(200);
    }
}
