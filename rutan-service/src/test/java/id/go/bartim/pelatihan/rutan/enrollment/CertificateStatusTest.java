package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.AuditLines;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.KafkaTopics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bartim.pelatihan.rutan.RutanFixtures.acceptedEnrollment;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.awaitRevoked;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.certified;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.kafka;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.officer;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.program;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.revokeCertificate;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.runningClass;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.today;
import static id.go.bartim.pelatihan.rutan.RutanFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * SPEC 11 on the rutan: the enrollment shows its certificate's status, VALID once disnaker issued it and REVOKED
 * after disnaker's revocation (disnaker.certificate.revoked.v1 on the real broker), with the date and the reason.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class CertificateStatusTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(500);
    private static final String REASON = "Penilaian dibatalkan oleh asesor";
    private static final LocalDate REVOKED_ON = LocalDate.parse("2026-05-04");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_certificate_status_is_absent_before_valid_once_issued_and_revoked_after_disnaker_revokes_it()
            throws Exception {
        String classId = runningClass(program(50), 5);
        String id = acceptedEnrollment(classId);
        viewer().get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("certificateStatus", nullValue())
                .body("certificateRevokedOn", nullValue());
        String number = number();
        certified(classId, id, number);
        viewer().get("/api/v1/enrollments/" + id).then().body("certificateStatus", equalTo("VALID"));

        UUID ceId = UUID.randomUUID();
        revokeCertificate(id, number, REASON, REVOKED_ON, ceId);
        JsonPath revoked = awaitRevoked(id);

        assertEquals("COMPLETED", revoked.getString("status"));
        assertEquals(number, revoked.getString("certificateNumber"));
        assertEquals(REVOKED_ON.toString(), revoked.getString("certificateRevokedOn"));
        assertEquals(REASON, revoked.getString("certificateRevocationReason"));
        String source = KafkaTopics.producerSource(Topics.DECISIONS);
        assertEquals("event:" + source + " REVOKE_CERTIFICATE",
                AuditLines.of(dataSource, RutanAudit.ENROLLMENT, id).stream().filter(l -> l.endsWith("_CERTIFICATE"))
                        .findFirst().orElseThrow());
        String inmateId = revoked.getString("inmateId");
        officer().get("/api/v1/inmates/" + inmateId + "/personal-data").then().statusCode(200)
                .body("enrollments[0].certificateStatus", equalTo("REVOKED"))
                .body("enrollments[0].certificateRevokedOn", equalTo(REVOKED_ON.toString()))
                .body("enrollments[0].certificateRevocationReason", equalTo(REASON));
    }

    @Test
    void a_redelivered_revocation_or_the_same_revocation_again_changes_nothing() throws Exception {
        String classId = runningClass(program(50), 5);
        String id = acceptedEnrollment(classId);
        String number = number();
        certified(classId, id, number);
        UUID ceId = UUID.randomUUID();
        revokeCertificate(id, number, REASON, REVOKED_ON, ceId);
        long version = awaitRevoked(id).getLong("version");

        revokeCertificate(id, number, REASON, REVOKED_ON, ceId);
        UUID again = UUID.randomUUID();
        revokeCertificate(id, number, "Alasan lain", REVOKED_ON.plusDays(1), again);
        // Events of one key are handled in order: once the last is recorded as processed, the redelivery was handled
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(again));

        viewer().get("/api/v1/enrollments/" + id).then()
                .body("certificateStatus", equalTo("REVOKED"))
                .body("certificateRevokedOn", equalTo(REVOKED_ON.toString()))
                .body("certificateRevocationReason", equalTo(REASON))
                .body("version", equalTo((int) version));
        assertEquals(1, AuditLines.of(dataSource, RutanAudit.ENROLLMENT, id).stream()
                .filter(l -> l.endsWith(" REVOKE_CERTIFICATE")).count());
        assertEquals(List.of(), kafka().readByKey(Topics.dlq(Topics.DECISIONS), id));
    }

    @Test
    void a_revocation_of_a_certificate_the_enrollment_does_not_hold_goes_to_the_dlq_and_changes_nothing() {
        String classId = runningClass(program(50), 5);
        String withoutCertificate = acceptedEnrollment(classId);
        revokeCertificate(withoutCertificate, number(), REASON, REVOKED_ON, UUID.randomUUID());
        String id = acceptedEnrollment(classId);
        String number = number();
        certified(classId, id, number);
        revokeCertificate(id, number(), REASON, REVOKED_ON, UUID.randomUUID());

        for (String parkedKey : List.of(withoutCertificate, id)) {
            List<ConsumerRecord<String, String>> parked = await().atMost(Duration.ofSeconds(20))
                    .until(() -> kafka().readByKey(Topics.dlq(Topics.DECISIONS), parkedKey), r -> !r.isEmpty());
            assertNotNull(KafkaTopics.header(parked.get(0), "dead-letter-reason"));
        }
        viewer().get("/api/v1/enrollments/" + withoutCertificate).then()
                .body("status", equalTo("ACCEPTED"))
                .body("certificateStatus", nullValue());
        viewer().get("/api/v1/enrollments/" + id).then()
                .body("certificateNumber", equalTo(number))
                .body("certificateStatus", equalTo("VALID"))
                .body("certificateRevocationReason", nullValue());
    }

    @Test
    void a_reason_arriving_after_the_inmate_was_anonymised_is_not_kept() throws Exception {
        String classId = runningClass(program(50), 5);
        String id = acceptedEnrollment(classId);
        String number = number();
        certified(classId, id, number);
        String inmateId = viewer().get("/api/v1/enrollments/" + id).jsonPath().getString("inmateId");
        officer().body(Map.of("releaseDate", today().toString(), "reason", "RELEASED"))
                .post("/api/v1/inmates/" + inmateId + "/release").then().statusCode(200);
        // What retention's anonymisation does to the inmate (InmateStore)
        try (Connection c = dataSource.getConnection();
                PreparedStatement anonymise = c.prepareStatement("""
                        update inmate set full_name = 'Anonim', nik = null, birth_date = null, cell_block = null,
                               registration_number = 'ANON-' || replace(id::text, '-', ''),
                               anonymised_at = now(), updated_at = now(), version = version + 1
                        where id = ?""")) {
            anonymise.setObject(1, UUID.fromString(inmateId));
            assertEquals(1, anonymise.executeUpdate());
        }

        revokeCertificate(id, number, REASON, REVOKED_ON, UUID.randomUUID());
        JsonPath revoked = awaitRevoked(id);
        assertEquals(REVOKED_ON.toString(), revoked.getString("certificateRevokedOn"));
        assertNull(revoked.getString("certificateRevocationReason"));
    }

    private boolean processed(UUID ceId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            q.setObject(1, ceId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** A certificate number of a program no other test names, unique in this JVM. */
    private static String number() {
        return "DISNAKERTRANS-BARTIM/REV-01/2026/%06d".formatted(NUMBERS.incrementAndGet());
    }
}
