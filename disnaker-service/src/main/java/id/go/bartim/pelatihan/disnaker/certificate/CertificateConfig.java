package id.go.bartim.pelatihan.disnaker.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who signs the certificate's paper: the Kepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Barito Timur, by name
 * and NIP (APP_CERTIFICATE_SIGNATORY_NAME, APP_CERTIFICATE_SIGNATORY_NIP). The defaults are dotted lines to be
 * filled in by hand, so a trial installation never prints a made-up official.
 */
@ConfigMapping(prefix = "app.certificate")
public interface CertificateConfig {

    @WithDefault("....................................")
    String signatoryName();

    @WithDefault("..............................")
    String signatoryNip();
}
