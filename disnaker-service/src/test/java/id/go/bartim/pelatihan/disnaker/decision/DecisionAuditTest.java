package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.disnaker.AuditLines;
import id.go.bartim.pelatihan.disnaker.AuditLines.Line;
import id.go.bartim.pelatihan.disnaker.DisnakerFixtures.Person;
import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.openYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.send;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.withdraw;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write the enrollments consumer makes is in the audit log (SPEC 9), as the event's source with the event's
 * ce_id: the participant it registers, the decision, a withdrawal, a completion and its certificate.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class DecisionAuditTest {

    @Inject
    AgroalDataSource dataSource;

    /** The actor of the consumer's writes: the rutan's source, with which the test events are sent. */
    private static final String RUTAN = "event:/rutan-service";

    @Test
    void an_accepted_request_audits_the_new_participant_and_the_decision_as_its_event() {
        UUID ceId = UUID.randomUUID();
        String id = request(person(true), program(), openYear(), "RUTAN-TML", ceId);
        String participant = awaitDecision(id, "ACCEPTED").getString("participantId");

        assertEquals(List.of(line("CREATE", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "CREATE"));
        assertEquals(List.of(line("CREATE", "participant", participant, ceId)), AuditLines.about("participant",
                participant));
    }

    @Test
    void a_rejected_request_audits_its_decision() {
        UUID ceId = UUID.randomUUID();
        String id = request(person(true), "NOP-9999", openYear(), "RUTAN-TML", ceId);
        awaitDecision(id, "REJECTED");
        assertEquals(List.of(line("CREATE", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "CREATE"));
    }

    @Test
    void an_invalid_request_audits_its_decision_and_no_participant() {
        UUID ceId = UUID.randomUUID();
        String name = "Peserta " + UUID.randomUUID();
        String id = request(new Person(UUID.randomUUID().toString(), name, "62040115"), program(), openYear(),
                "RUTAN-TML", ceId);
        awaitDecision(id, "REJECTED");
        assertEquals(List.of(line("CREATE", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "CREATE"));
        assertEquals(List.of("enrollment-decision"),
                AuditLines.ofEvent(ceId).stream().map(Line::resourceType).toList());
    }

    @Test
    void a_redelivered_request_writes_no_second_line() {
        UUID ceId = UUID.randomUUID();
        Person person = person(true);
        String code = program();
        int year = openYear();
        String id = request(person, code, year, "RUTAN-TML", ceId);
        awaitDecision(id, "ACCEPTED");
        send(id, EventTypes.ENROLLMENT_REQUESTED, ceId, requestedJson(id, person, code, year, "RUTAN-TML"));
        // The same fact under a new ce_id finds the decision made: no line either. Same key, so once it is
        // processed, the redelivery before it has been too.
        UUID again = UUID.randomUUID();
        send(id, EventTypes.ENROLLMENT_REQUESTED, again, requestedJson(id, person, code, year, "RUTAN-TML"));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(again));

        assertEquals(1, AuditLines.about("enrollment-decision", id, "CREATE").size());
    }

    @Test
    void a_withdrawal_is_audited_as_its_event_once() {
        String id = request(person(true), program(), openYear());
        awaitDecision(id, "ACCEPTED");
        UUID ceId = UUID.randomUUID();
        withdraw(id, ceId);
        awaitDecision(id, "WITHDRAWN");
        UUID again = UUID.randomUUID();
        withdraw(id, again);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(again));

        assertEquals(List.of(line("WITHDRAW", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "WITHDRAW"));
    }

    @Test
    void a_competent_completion_audits_the_completion_and_the_certificate_as_its_event() {
        // A year of its own: the certificate's number counts from 000001 in it
        int year = freshYear();
        String code = program();
        String id = request(person(true), code, year);
        awaitDecision(id, "ACCEPTED");
        UUID ceId = UUID.randomUUID();
        complete(id, "COMPETENT", ceId);
        awaitDecision(id, "COMPLETED");
        String number = "DISNAKERTRANS-BARTIM/" + code + "/" + year + "/000001";

        assertEquals(List.of(line("COMPLETE", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "COMPLETE"));
        assertEquals(List.of(line("ISSUE", "certificate", number, ceId)), AuditLines.about("certificate", number));
    }

    @Test
    void a_not_yet_competent_completion_audits_the_completion_and_issues_nothing() {
        String id = request(person(true), program(), openYear());
        awaitDecision(id, "ACCEPTED");
        UUID ceId = UUID.randomUUID();
        complete(id, "NOT_YET_COMPETENT", ceId);
        awaitDecision(id, "NOT_COMPETENT");

        assertEquals(List.of(line("COMPLETE", "enrollment-decision", id, ceId)),
                AuditLines.about("enrollment-decision", id, "COMPLETE"));
        assertEquals(List.of("COMPLETE"), AuditLines.ofEvent(ceId).stream().map(Line::action).toList());
    }

    private boolean processed(UUID ceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from processed_event where event_id = ?")) {
            select.setObject(1, ceId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static Line line(String action, String type, String id, UUID ceId) {
        return new Line(RUTAN, action, type, id, ceId, List.of());
    }
}
