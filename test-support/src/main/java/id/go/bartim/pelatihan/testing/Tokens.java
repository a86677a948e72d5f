package id.go.bartim.pelatihan.testing;

import id.go.bartim.pelatihan.infra.DevKeys;
import id.go.bartim.pelatihan.infra.TokenIssuer;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed with the test key pair the services trust. */
public final class Tokens {

    private Tokens() {
    }

    public static String forRole(String role) {
        return forRole(role, "tester-" + role);
    }

    public static String forRole(String role, String subject) {
        return issuer().issue(TestInfra.ISSUER, subject, Set.of(role), Duration.ofMinutes(30));
    }

    public static String expired(String role) {
        return issuer().issueExpired(TestInfra.ISSUER, "tester-" + role, Set.of(role));
    }

    public static String withIssuer(String issuer, String role) {
        return issuer().issue(issuer, "tester-" + role, Set.of(role), Duration.ofMinutes(30));
    }

    /** A token issued at {@code issuedAt} (null: no "iat" claim) that expires at {@code expiry}, without "aud". */
    public static String lasting(String role, Instant issuedAt, Instant expiry) {
        return issued(role, issuedAt, expiry, null);
    }

    /** A token for 30 minutes whose "aud" claim is {@code audience}. */
    public static String withAudience(String role, String audience) {
        Instant now = Instant.now();
        return issued(role, now, now.plus(Duration.ofMinutes(30)), audience);
    }

    /** A token with the times and audience a test chooses (null leaves "iat" or "aud" out). */
    public static String issued(String role, Instant issuedAt, Instant expiry, String audience) {
        return issuer().issue(TestInfra.ISSUER, "tester-" + role, Set.of(role), issuedAt, expiry, audience);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByStranger(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenIssuer(generator.generateKeyPair().getPrivate())
                    .issue(TestInfra.ISSUER, "intruder", Set.of(role), Duration.ofMinutes(30));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }

    private static TokenIssuer issuer() {
        String keys = System.getProperty(TestInfra.KEYS_PROPERTY);
        if (keys == null) {
            throw new IllegalStateException("test infrastructure not started: use InfraResource");
        }
        return new TokenIssuer(DevKeys.ensure(Path.of(keys)).privateKey());
    }
}
