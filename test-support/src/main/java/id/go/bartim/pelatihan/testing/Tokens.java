package id.go.bartim.pelatihan.testing;

import id.go.bartim.pelatihan.infra.DevKeys;
import id.go.bartim.pelatihan.infra.TokenIssuer;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import java.time.Duration;
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
