package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.disnaker.catalog.Program;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import id.go.bartim.pelatihan.platform.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a certificate's paper is made from, and when it cannot be made (SPEC 9, 11). */
class CertificatePaperTest {

    private static final VerifyAddress ADDRESS = VerifyAddress.of("http://localhost:8082",
            "DISNAKERTRANS-BARTIM/PTK-01/2026/000001", "K7MX2QHT9C");

    @Test
    void takes_the_name_from_the_holder_and_hours_and_units_from_the_program() {
        CertificatePaper paper = CertificatePaper.of(certificate(), program(), holder(null), ADDRESS, "Budi", "1970");
        assertEquals(new CertificatePaper("Siti Nurhaliza", "Pertukangan Kayu", 160, List.of("F.45KKK00.001.1"),
                "DISNAKERTRANS-BARTIM/PTK-01/2026/000001", LocalDate.of(2026, 4, 24), "K7MX2QHT9C", ADDRESS, "Budi",
                "1970"), paper);
    }

    @Test
    void is_refused_once_retention_removed_the_holders_name() {
        Refused refused = assertThrows(Refused.class, () -> CertificatePaper.of(certificate(), program(),
                holder(OffsetDateTime.parse("2032-01-01T01:30:00+07:00")), ADDRESS, "Budi", "1970"));
        assertEquals(DisnakerRefusal.HOLDER_NAME_REMOVED, refused.refusal());
    }

    @Test
    void is_refused_once_the_certificate_is_revoked() {
        Certificate revoked = certificate();
        revoked.revoke("Diterbitkan atas penilaian yang salah", LocalDate.of(2026, 5, 2), "officer-dewi");
        Refused refused = assertThrows(Refused.class, () -> CertificatePaper.of(revoked, program(), holder(null),
                ADDRESS, "Budi", "1970"));
        assertEquals(DisnakerRefusal.CERTIFICATE_REVOKED, refused.refusal());
    }

    private static Certificate certificate() {
        Certificate c = new Certificate();
        c.number = "DISNAKERTRANS-BARTIM/PTK-01/2026/000001";
        c.year = 2026;
        c.sequence = 1;
        c.programCode = "PTK-01";
        c.issuedOn = LocalDate.of(2026, 4, 24);
        c.verificationCode = "K7MX2QHT9C";
        c.status = CertificateStatus.VALID;
        return c;
    }

    private static Program program() {
        Program p = new Program();
        p.code = "PTK-01";
        p.name = "Pertukangan Kayu";
        p.trainingHours = 160;
        p.competencyUnits = List.of("F.45KKK00.001.1");
        return p;
    }

    private static Participant holder(OffsetDateTime anonymisedAt) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.fullName = anonymisedAt == null ? "Siti Nurhaliza" : "Anonim";
        p.partnerCode = "RUTAN-TML";
        p.anonymisedAt = anonymisedAt;
        return p;
    }
}
