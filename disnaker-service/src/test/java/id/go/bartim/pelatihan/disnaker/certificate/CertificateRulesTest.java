package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.DisnakerProblems;
import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.Problem.FieldError;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SPEC 11's rule about revoking a certificate, over a certificate already loaded, without a database. */
class CertificateRulesTest {

    @Test
    void a_valid_certificate_is_revoked_with_a_reason() {
        assertEquals(Optional.empty(), CertificateRules.refusalOfRevocation(valid(), "Penilaian dibatalkan"));
        assertEquals(Optional.empty(), CertificateRules.refusalOfRevocation(valid(), "x".repeat(500)));
    }

    @Test
    void a_blank_reason_is_refused_with_400_naming_reason() {
        for (String reason : new String[] {null, "", "   ", "\t\n"}) {
            ProblemException problem = problemOf(CertificateRules.refusalOfRevocation(valid(), reason));

            assertEquals(400, problem.status());
            assertEquals(List.of(new FieldError("reason", "must not be blank")), problem.toProblem().errors());
        }
    }

    @Test
    void a_reason_over_500_characters_once_trimmed_is_refused_with_400_naming_reason() {
        ProblemException problem = problemOf(CertificateRules.refusalOfRevocation(valid(), "x".repeat(501)));

        assertEquals(400, problem.status());
        assertEquals("reason", problem.toProblem().errors().get(0).field());
        assertEquals(Optional.empty(),
                CertificateRules.refusalOfRevocation(valid(), "  " + "x".repeat(500) + "  "), "spaces around count not");
    }

    @Test
    void a_revoked_certificate_is_not_revoked_again_409_certificate_already_revoked() {
        ProblemException problem = problemOf(CertificateRules.refusalOfRevocation(revoked(), "Sekali lagi"));

        assertEquals(409, problem.status());
        assertEquals("certificate-already-revoked", problem.code());
    }

    @Test
    void revoking_sets_status_trimmed_reason_date_and_officer_and_a_second_time_changes_nothing() {
        Certificate c = valid();
        c.revoke("  Penilaian dibatalkan  ", LocalDate.parse("2026-05-04"), "officer-dewi");

        assertEquals(CertificateStatus.REVOKED, c.status);
        assertEquals("Penilaian dibatalkan", c.revocationReason);
        assertEquals(LocalDate.parse("2026-05-04"), c.revokedOn);
        assertEquals("officer-dewi", c.revokedBy);
        assertThrows(Refused.class, () -> c.revoke("Lagi", LocalDate.parse("2026-05-05"), "officer-budi"));
        assertEquals("Penilaian dibatalkan", c.revocationReason);
        assertEquals(LocalDate.parse("2026-05-04"), c.revokedOn);
        assertEquals("officer-dewi", c.revokedBy);
    }

    @Test
    void the_trigger_that_backs_the_rule_gets_the_same_answer() {
        assertEquals("certificate-already-revoked",
                new DisnakerProblems().problemFor(new DisnakerProblems().forConstraint("certificate_revocation_final"))
                        .code());
    }

    private static Certificate valid() {
        Certificate c = new Certificate();
        c.number = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001";
        c.status = CertificateStatus.VALID;
        c.issuedOn = LocalDate.parse("2026-04-27");
        return c;
    }

    private static Certificate revoked() {
        Certificate c = valid();
        c.status = CertificateStatus.REVOKED;
        c.revokedOn = LocalDate.parse("2026-05-04");
        c.revocationReason = "Penilaian dibatalkan";
        c.revokedBy = "officer-dewi";
        return c;
    }

    private static ProblemException problemOf(Optional<Refused> refused) {
        return new DisnakerProblems().problemFor(refused.orElseThrow());
    }
}
