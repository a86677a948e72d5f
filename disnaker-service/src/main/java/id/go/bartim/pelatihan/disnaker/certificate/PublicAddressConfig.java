package id.go.bartim.pelatihan.disnaker.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The address at which the public reaches this service (APP_PUBLIC_BASE_URL), printed on certificates as the
 * verification page's address; scheme, host, port and any path prefix of a proxy, with or without a trailing slash.
 */
@ConfigMapping(prefix = "app.public")
public interface PublicAddressConfig {

    @WithDefault("http://localhost:8082")
    String baseUrl();
}
