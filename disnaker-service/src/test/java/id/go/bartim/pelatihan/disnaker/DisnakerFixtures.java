package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.TestInfra;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Test data for disnaker: programs through its REST API, and the rutan's enrollment events as the
 * rutan would send them on the real broker. Each test uses its own quota year, so tests never
 * share counters.
 */
public final class DisnakerFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger PROGRAMS = new AtomicInteger(100);
    private static final AtomicInteger YEAR = new AtomicInteger(2040);
    /** Below the first fresh year (2041). */
    private static final int OPEN_YEAR = 2040;
    private static final AtomicBoolean OPEN_YEAR_TARGET_SET = new AtomicBoolean();

    private DisnakerFixtures() {
    }

    public static KafkaTopics kafka() {
        return new KafkaTopics(TestInfra.bootstrapServers());
    }

    public static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.forRole("disnaker-officer", "officer-dewi")).contentType("application/json");
    }

    public static RequestSpecification viewer() {
        return given().auth().oauth2(Tokens.forRole("disnaker-viewer", "viewer-eko"));
    }

    /**
     * A quota year no other test touches: 2041 to 2100, then 2032 to 2039 (68 in all; the schema allows years up to
     * 2100). A test that only needs a decision and counts nothing takes {@link #openYear} instead.
     */
    public static int freshYear() {
        int year = YEAR.incrementAndGet();
        if (year <= 2100) {
            return year;
        }
        // Then 2032 to 2039: above every year a test names literally, below OPEN_YEAR.
        int spare = 2032 + year - 2101;
        if (spare >= OPEN_YEAR) {
            throw new IllegalStateException("no fresh quota year left: use openYear() where nothing is counted");
        }
        return spare;
    }

    /** One year shared by the tests that need a decision but count nothing in it: room for all of them. */
    public static int openYear() {
        if (OPEN_YEAR_TARGET_SET.compareAndSet(false, true)) {
            target(OPEN_YEAR, 100_000);
        }
        return OPEN_YEAR;
    }

    public static void target(int year, int target) {
        officer().body(Map.of("target", target)).put("/api/v1/quota/" + year).then().statusCode(200);
    }

    public static String program() {
        return program(null);
    }

    /** A new program named {@code name} ("Program " and its code when null); returns its code. */
    public static String program(String name) {
        String code = "DQT-" + PROGRAMS.incrementAndGet();
        officer().body(Map.of("code", code, "name", name == null ? "Program " + code : name, "sector", "Konstruksi",
                        "trainingHours", 100))
                .post("/api/v1/programs").then().statusCode(201);
        return code;
    }

    /** A person: a 16-digit NIK unique to this JVM, or none. */
    public static Person person(boolean withNik) {
        int n = SEQ.incrementAndGet();
        String nik = withNik ? "6204%08d%04d".formatted(n, 1 + n % 9000) : null;
        return new Person(UUID.randomUUID().toString(), "Peserta " + n, nik);
    }

    /** A participant as the rutan describes one; {@code partnerRef} is the inmate id there. */
    public record Person(String partnerRef, String fullName, String nik) {
    }

    public static String request(Person person, String programCode, int year) {
        return request(person, programCode, year, "RUTAN-TML");
    }

    /** Sends rutan.enrollment.requested.v1 and returns the enrollment id. */
    public static String request(Person person, String programCode, int year, String partnerCode) {
        return request(person, programCode, year, partnerCode, UUID.randomUUID());
    }

    /** Sends rutan.enrollment.requested.v1 as the event {@code ceId} and returns the enrollment id. */
    public static String request(Person person, String programCode, int year, String partnerCode, UUID ceId) {
        String enrollmentId = UUID.randomUUID().toString();
        send(enrollmentId, EventTypes.ENROLLMENT_REQUESTED, ceId, requestedJson(enrollmentId, person, programCode,
                year, partnerCode));
        return enrollmentId;
    }

    public static String requestedJson(String enrollmentId, Person person, String programCode, int year,
                                       String partnerCode) {
        return """
                {"enrollmentId": "%s", "classId": "%s", "programCode": "%s", "classStartDate": "%d-02-02",
                 "classEndDate": "%d-04-24", "partnerCode": "%s",
                 "participant": {"partnerRef": "%s", "fullName": "%s", "nik": %s, "birthDate": "1990-03-15",
                                 "sex": "MALE", "educationLevel": "SMA"}}"""
                .formatted(enrollmentId, UUID.nameUUIDFromBytes((programCode + year).getBytes()), programCode, year,
                        year, partnerCode, person.partnerRef(), person.fullName(),
                        person.nik() == null ? "null" : "\"" + person.nik() + "\"");
    }

    public static void withdraw(String enrollmentId) {
        withdraw(enrollmentId, UUID.randomUUID());
    }

    public static void withdraw(String enrollmentId, UUID ceId) {
        send(enrollmentId, EventTypes.ENROLLMENT_WITHDRAWN, ceId, """
                {"enrollmentId": "%s", "reason": "HEALTH", "withdrawnOn": "2026-03-01"}""".formatted(enrollmentId));
    }

    public static void complete(String enrollmentId, String outcome) {
        complete(enrollmentId, outcome, UUID.randomUUID());
    }

    public static void complete(String enrollmentId, String outcome, UUID ceId) {
        send(enrollmentId, EventTypes.TRAINING_COMPLETED, ceId, completedJson(enrollmentId, outcome));
    }

    public static String completedJson(String enrollmentId, String outcome) {
        return """
                {"enrollmentId": "%s", "outcome": "%s", "assessedOn": "2026-04-24",
                 "attendance": {"hoursTotal": 120, "hoursAttended": 110, "rate": 91.7}}"""
                .formatted(enrollmentId, outcome);
    }

    public static void send(String key, String type, UUID ceId, String json) {
        kafka().send(KafkaTopics.cloudEvent(Topics.ENROLLMENTS, key, type, ceId, json));
    }

    /** Waits until disnaker shows the enrollment in the given status, and returns it. */
    public static JsonPath awaitDecision(String enrollmentId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> viewer().get("/api/v1/enrollments/" + enrollmentId),
                        r -> r.statusCode() == 200 && status.equals(r.jsonPath().getString("status")))
                .jsonPath();
    }

    public static JsonPath quota(int year) {
        return viewer().get("/api/v1/quota/" + year).then().statusCode(200).extract().jsonPath();
    }

    /** The number of the certificate issued for {@code enrollmentId} (a shared year holds many). */
    public static String certificateNumberOf(String enrollmentId) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select number from certificate where enrollment_id = ?")) {
            q.setObject(1, UUID.fromString(enrollmentId));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no certificate for enrollment " + enrollmentId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What retention's anonymisation does to a participant (ParticipantStore), to the holder of one certificate. */
    public static void anonymiseHolderOf(String certificateNumber) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update participant set full_name = 'Anonim', nik = null, birth_date = null,
                               partner_ref = 'anon-' || id::text, anonymised_at = now(), updated_at = now()
                        where id = (select participant_id from certificate where number = ?)""")) {
            update.setString(1, certificateNumber);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no holder of certificate " + certificateNumber);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate as its holder has it in hand: its number and verification code. */
    public record Certified(String enrollmentId, String number, String code) {
    }

    /** {@code holder} enrolled in {@code program} in {@code year}, trained as COMPETENT, and certified. */
    public static Certified certified(Person holder, String program, int year) {
        String enrollment = request(holder, program, year);
        awaitDecision(enrollment, "ACCEPTED");
        complete(enrollment, "COMPETENT");
        awaitDecision(enrollment, "COMPLETED");
        String number = certificateNumberOf(enrollment);
        String code = officer().get("/api/v1/certificates/" + number).then().statusCode(200)
                .extract().jsonPath().getString("verificationCode");
        return new Certified(enrollment, number, code);
    }
}
