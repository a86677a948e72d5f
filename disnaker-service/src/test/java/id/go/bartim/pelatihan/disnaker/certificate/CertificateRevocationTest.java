package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import id.go.bartim.pelatihan.testing.TestClock;
import id.go.bartim.pelatihan.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.anonymiseHolderOf;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.certificateNumberOf;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.kafka;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.officer;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revoking a certificate (SPEC 11): once, by an officer, with a reason; its number is never reused. */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class CertificateRevocationTest {

    private static final String REASON = "Penilaian dibatalkan oleh asesor";

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_officer_revokes_a_certificate_with_a_trimmed_reason_and_the_date_of_the_business_clock() {
        Issued issued = issued(openYear());
        clock.set(Instant.parse("2026-05-03T18:30:00Z")); // 01:30 on 4 May in WIB, still 3 May in UTC
        revoke(issued.number(), "  " + REASON + "  ").then()
                .statusCode(200)
                .body("number", equalTo(issued.number()))
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2026-05-04"))
                .body("revocationReason", equalTo(REASON));

        for (var reader : List.of(officer(), viewer())) {
            reader.get("/api/v1/certificates/" + issued.number()).then().statusCode(200)
                    .body("status", equalTo("REVOKED"))
                    .body("revokedOn", equalTo("2026-05-04"))
                    .body("revocationReason", equalTo(REASON));
        }
        assertEquals(List.of(new AuditLines.Line("officer-dewi", "REVOKE", "certificate", issued.number(), null,
                List.of())), AuditLines.about(Certificate.AUDIT_TYPE, issued.number(), "REVOKE"));
        assertEquals("officer-dewi", revokedBy(issued.number()));
    }

    @Test
    void a_certificate_shows_status_valid_to_officers_and_viewers_until_revoked() {
        int year = freshYear();
        Issued issued = issued(year);
        for (var reader : List.of(officer(), viewer())) {
            reader.get("/api/v1/certificates/" + issued.number()).then().statusCode(200)
                    .body("status", equalTo("VALID"))
                    .body("revokedOn", nullValue())
                    .body("revocationReason", nullValue());
            reader.queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                    .body("items[0].status", equalTo("VALID"));
        }
        revoke(issued.number(), REASON).then().statusCode(200);
        for (var reader : List.of(officer(), viewer())) {
            reader.queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                    .body("items[0].status", equalTo("REVOKED"))
                    .body("items[0].revocationReason", equalTo(REASON));
        }
    }

    @Test
    void the_revocation_is_announced_on_the_decisions_topic_keyed_by_the_enrollment_after_its_issue() {
        Issued issued = issued(openYear());
        clock.set(Instant.parse("2026-05-04T03:00:00Z"));
        revoke(issued.number(), REASON).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> kafka().readByKey(Topics.DECISIONS, issued.enrollmentId()),
                        l -> l.stream().anyMatch(r -> EventTypes.CERTIFICATE_REVOKED.equals(type(r))));
        List<String> types = events.stream().map(CertificateRevocationTest::type).toList();
        assertEquals(List.of(EventTypes.ENROLLMENT_ACCEPTED, EventTypes.CERTIFICATE_ISSUED,
                EventTypes.CERTIFICATE_REVOKED), types, "per-key order: the revocation after the issue");
        JsonPath data = JsonPath.from(events.get(2).value());
        assertEquals(issued.enrollmentId(), data.getString("enrollmentId"));
        assertEquals(issued.number(), data.getString("certificateNumber"));
        assertEquals(REASON, data.getString("reason"));
        assertEquals("2026-05-04", data.getString("revokedOn"));
        assertEquals(4, data.getMap("$").size(), "nothing but the contract's fields");
    }

    @Test
    void a_reason_given_after_the_holder_was_anonymised_is_neither_kept_nor_sent() {
        Issued issued = issued(openYear());
        anonymiseHolderOf(issued.number());
        revoke(issued.number(), REASON).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("[dihapus]"));
        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> kafka().readByKey(Topics.DECISIONS, issued.enrollmentId()),
                        l -> l.stream().anyMatch(r -> EventTypes.CERTIFICATE_REVOKED.equals(type(r))));
        assertEquals("[dihapus]", JsonPath.from(events.get(events.size() - 1).value()).getString("reason"));
    }

    @Test
    void the_number_of_a_slashed_path_ending_in_revocation_is_the_certificates() {
        Issued issued = issued(openYear());
        revoke(issued.number() + "/revocation", REASON).then().statusCode(404)
                .contentType("application/problem+json");
        revoke(issued.number(), REASON).then().statusCode(200).body("number", equalTo(issued.number()));
    }

    @Test
    void refuses_a_blank_missing_or_over_long_reason_with_400_naming_reason_and_changes_nothing() {
        Issued issued = issued(openYear());
        for (Object body : List.of(Map.of("reason", "   "), Map.of("reason", ""), Map.of(),
                Map.of("reason", "x".repeat(501)))) {
            officer().body(body).post(path(issued.number())).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/validation-failed"))
                    .body("errors[0].field", equalTo("reason"));
        }
        assertUnchanged(issued);
    }

    @Test
    void refuses_a_viewer_with_403_and_changes_nothing() {
        Issued issued = issued(openYear());
        viewer().contentType("application/json").body(Map.of("reason", REASON)).post(path(issued.number())).then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("rutan-officer")).contentType("application/json")
                .body(Map.of("reason", REASON)).post(path(issued.number())).then().statusCode(403);
        given().contentType("application/json").body(Map.of("reason", REASON)).post(path(issued.number())).then()
                .statusCode(401);
        assertUnchanged(issued);
    }

    @Test
    void answers_404_for_an_unknown_number_without_echoing_a_path_that_is_no_number() {
        revoke("DISNAKERTRANS-BARTIM/NOP-99/2030/999999", REASON).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        String answer = revoke("6204011503900001/x", REASON).then().statusCode(404).extract().asString();
        assertTrue(!answer.contains("6204011503900001"), answer);
        assertEquals(List.of(), AuditLines.about(Certificate.AUDIT_TYPE, "DISNAKERTRANS-BARTIM/NOP-99/2030/999999"));
    }

    @Test
    void refuses_a_second_revocation_with_409_and_keeps_the_first() {
        Issued issued = issued(openYear());
        clock.set(Instant.parse("2026-05-04T03:00:00Z"));
        revoke(issued.number(), REASON).then().statusCode(200);
        clock.set(Instant.parse("2026-06-01T03:00:00Z"));
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("reason", "Alasan lain"))
                .post(path(issued.number())).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/certificate-already-revoked"));

        viewer().get("/api/v1/certificates/" + issued.number()).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo("2026-05-04"))
                .body("revocationReason", equalTo(REASON));
        assertEquals(1, AuditLines.about(Certificate.AUDIT_TYPE, issued.number(), "REVOKE").size());
        assertEquals(1, revokedEvents(issued.enrollmentId()));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_first_revocation_again() {
        Issued issued = issued(openYear());
        String key = UUID.randomUUID().toString();
        String first = officer().header("Idempotency-Key", key).body(Map.of("reason", REASON))
                .post(path(issued.number())).then().statusCode(200).extract().asString();
        officer().header("Idempotency-Key", key).body(Map.of("reason", REASON)).post(path(issued.number())).then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo(JsonPath.from(first).getString("revocationReason")));
        assertEquals(1, revokedEvents(issued.enrollmentId()));
        assertEquals(List.of(new AuditLines.Line("officer-dewi", "READ", "certificate", issued.number(), null,
                List.of())), AuditLines.about(Certificate.AUDIT_TYPE, issued.number(), "READ"),
                "the replay serves the certificate again: a read of it");
    }

    /** The certificate's row is locked while the rule decides: of two revocations at once, one wins, one gets 409. */
    @Test
    void of_two_revocations_at_once_one_wins_and_the_other_gets_409() throws Exception {
        Issued issued = issued(openYear());
        List<Integer> statuses;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select number from certificate where number = ? for update")) {
                lock.setString(1, issued.number());
                lock.executeQuery().close();
            }
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                    () -> revoke(issued.number(), "Alasan pertama"));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                    () -> revoke(issued.number(), "Alasan kedua"));
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnCertificates() >= 2);
            holder.rollback();
            statuses = List.of(first.get().statusCode(), second.get().statusCode());
        }
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, AuditLines.about(Certificate.AUDIT_TYPE, issued.number(), "REVOKE").size());
        assertEquals(1, revokedEvents(issued.enrollmentId()));
    }

    /** A revoked number is never reused: the year's next certificate takes the next number. */
    @Test
    void the_next_certificate_after_a_revocation_gets_a_new_number() {
        int year = freshYear();
        String code = program();
        Issued first = issued(year, code);
        revoke(first.number(), REASON).then().statusCode(200);
        Issued next = issued(year, code);

        assertEquals("DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001", first.number());
        assertEquals("DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000002", next.number());
        JsonPath page = viewer().queryParam("year", year).get("/api/v1/certificates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("REVOKED", "VALID"), page.getList("items.status"));
        assertEquals(List.of(1, 2), page.getList("items.sequence"));
    }

    private void assertUnchanged(Issued issued) {
        officer().get("/api/v1/certificates/" + issued.number()).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("revokedOn", nullValue())
                .body("revocationReason", nullValue());
        assertEquals(List.of(), AuditLines.about(Certificate.AUDIT_TYPE, issued.number(), "REVOKE"));
        assertEquals(0, revokedEvents(issued.enrollmentId()));
    }

    private static Response revoke(String number, String reason) {
        return officer().body(Map.of("reason", reason)).post(path(number));
    }

    private static String path(String number) {
        return "/api/v1/certificates/" + number + "/revocation";
    }

    private static String type(ConsumerRecord<String, String> record) {
        return KafkaTopics.header(record, "ce_type");
    }

    /** Revocation events written to the outbox for the enrollment (published or not). */
    private int revokedEvents(String enrollmentId) {
        return count("select count(*) from outbox_message where message_key = ? and event_type = ?", enrollmentId,
                EventTypes.CERTIFICATE_REVOKED);
    }

    private String revokedBy(String number) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select revoked_by from certificate where number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Backends waiting for a lock while locking a certificate (the first behind the holder, the second behind it). */
    private int waitingOnCertificates() {
        return count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like ? and pid <> pg_backend_pid()", "%from certificate%for %");
    }

    private int count(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setString(i + 1, values[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate just issued: its number and its enrollment. */
    record Issued(String number, String enrollmentId) {
    }

    private Issued issued(int year) {
        return issued(year, program());
    }

    private Issued issued(int year, String code) {
        String enrollment = request(person(true), code, year);
        awaitDecision(enrollment, "ACCEPTED");
        complete(enrollment, "COMPETENT");
        awaitDecision(enrollment, "COMPLETED");
        return new Issued(await().atMost(Duration.ofSeconds(10)).until(() -> certificateNumberOf(enrollment), n -> n != null),
                enrollment);
    }

}
