package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.DisnakerRefusal;
import id.go.bartim.pelatihan.disnaker.catalog.Program;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import id.go.bartim.pelatihan.platform.domain.Refused;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate's paper shows (SPEC 11), gathered from the certificate, its program and its holder:
 * everything {@link CertificatePdf} lays out, and nothing it may not print (no partner, no reference, no NIK).
 */
public record CertificatePaper(
        String holderName,
        String programName,
        int trainingHours,
        List<String> competencyUnits,
        String number,
        LocalDate issuedOn,
        String verificationCode,
        VerifyAddress verifyAddress,
        String signatoryName,
        String signatoryNip) {

    public CertificatePaper {
        competencyUnits = List.copyOf(competencyUnits);
    }

    /**
     * The paper of {@code certificate}, of {@code program}, held by {@code holder}, signed by the signatory named.
     * Refused (HOLDER_NAME_REMOVED) once retention anonymised the holder (SPEC 9): a paper with "Anonim" on it would
     * be a certificate of nobody. The certificate itself stays verifiable by its number and code.
     */
    public static CertificatePaper of(Certificate certificate, Program program, Participant holder,
                                      VerifyAddress address, String signatoryName, String signatoryNip) {
        if (certificate.isRevoked()) {
            throw new Refused(DisnakerRefusal.CERTIFICATE_REVOKED, "This certificate was revoked on "
                    + certificate.revokedOn + ": its paper is no longer made");
        }
        if (holder.anonymisedAt != null) {
            throw new Refused(DisnakerRefusal.HOLDER_NAME_REMOVED, "Retention removed the holder's name from this "
                    + "certificate's record, so its paper cannot be made; the certificate can still be verified by its "
                    + "number and code");
        }
        return new CertificatePaper(holder.fullName, program.name, program.trainingHours, program.competencyUnits,
                certificate.number, certificate.issuedOn, certificate.verificationCode, address, signatoryName,
                signatoryNip);
    }
}
