package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.disnaker.catalog.Program;
import id.go.bartim.pelatihan.disnaker.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes a certificate's paper on demand (SPEC 11): loads its program and holder, gathers the {@link CertificatePaper}
 * and has {@link CertificatePdf} lay it out. The PDF is never stored: it holds the holder's name, which retention
 * must be able to remove.
 */
@ApplicationScoped
public class CertificatePapers {

    @Inject
    CertificateConfig config;

    @Inject
    PublicAddressConfig publicAddress;

    /** The PDF of {@code certificate}; refused when its holder was anonymised or a text cannot be printed. */
    public byte[] pdf(Certificate certificate) {
        Participant holder = Participant.findById(certificate.participantId);
        Program program = Program.findById(certificate.programCode);
        if (program == null) {
            throw new IllegalStateException("certificate " + certificate.number + " names no program in the catalog");
        }
        VerifyAddress address = VerifyAddress.of(publicAddress.baseUrl(), certificate.number,
                certificate.verificationCode);
        return CertificatePdf.render(CertificatePaper.of(certificate, program, holder, address,
                config.signatoryName(), config.signatoryNip()));
    }
}
