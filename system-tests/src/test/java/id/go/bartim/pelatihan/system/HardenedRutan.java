package id.go.bartim.pelatihan.system;

import id.go.bartim.pelatihan.infra.ServiceProcess;
import id.go.bartim.pelatihan.infra.TokenIssuer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A replica of rutan-service configured as docs/operating.md asks production to be (it expects the audience
 * {@code rutan-service}), with a shorter body timeout, token lifetime and clock skew than the defaults so that tests
 * of them are quick and show each variable reaches the service. Started once per test JVM, on the system's database
 * and broker, next to {@link TrainingSystem#rutan}; it goes with the JVM.
 */
final class HardenedRutan {

    static final String AUDIENCE = "rutan-service";
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TOKEN_LIFETIME = Duration.ofHours(1);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private static ServiceProcess instance;

    private HardenedRutan() {
    }

    static synchronized ServiceProcess get() {
        if (instance == null) {
            instance = TrainingSystem.get().startService("rutan", "rutan", Map.of(
                    "MP_JWT_VERIFY_AUDIENCES", AUDIENCE,
                    "APP_HTTP_BODY_TIMEOUT", BODY_TIMEOUT.toString(),
                    "APP_SECURITY_MAX_TOKEN_LIFETIME", MAX_TOKEN_LIFETIME.toString(),
                    "APP_SECURITY_CLOCK_SKEW", CLOCK_SKEW.toString()));
        }
        return instance;
    }

    /** A token for this service, valid for 30 minutes. */
    static String token(String role) {
        Instant now = Instant.now();
        return token(role, now, now.plus(Duration.ofMinutes(30)), AUDIENCE);
    }

    /** A token with the times and audience a test chooses ({@code audience} null: no "aud"). */
    static String token(String role, Instant issuedAt, Instant expiry, String audience) {
        return new TokenIssuer(TrainingSystem.get().keys.privateKey())
                .issue(TrainingSystem.ISSUER, "system-test-" + role, Set.of(role), issuedAt, expiry, audience);
    }
}
