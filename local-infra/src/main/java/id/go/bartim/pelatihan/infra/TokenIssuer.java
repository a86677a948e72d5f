package id.go.bartim.pelatihan.infra;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.build.JwtSignatureBuilder;
import org.eclipse.microprofile.jwt.Claims;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs RS256 JWTs (MicroProfile JWT claims) with SmallRye JWT Build, for local runs and tests. Every claim is set
 * here: {@code META-INF/microprofile-config.properties} turns the builder's default claims off, so a test can leave
 * "iat" out.
 */
public final class TokenIssuer {

    private final PrivateKey key;
    private final String keyId;

    /** {@code keyId} becomes the header's "kid"; null leaves it out. */
    public TokenIssuer(PrivateKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    public TokenIssuer(PrivateKey key) {
        this(key, null);
    }

    public String issue(String issuer, String subject, Set<String> groups, Duration ttl) {
        Instant now = Instant.now();
        return sign(issuer, subject, groups, now, now.plus(ttl), null);
    }

    /**
     * A token with the times and audience a test chooses: {@code issuedAt} null leaves out "iat", {@code audience}
     * null leaves out "aud".
     */
    public String issue(String issuer, String subject, Set<String> groups, Instant issuedAt, Instant expiry,
            String audience) {
        return sign(issuer, subject, groups, issuedAt, expiry, audience);
    }

    /** A token that expired an hour ago, otherwise valid: for testing that expiry is enforced. */
    public String issueExpired(String issuer, String subject, Set<String> groups) {
        Instant issuedAt = Instant.now().minus(Duration.ofHours(2));
        return sign(issuer, subject, groups, issuedAt, issuedAt.plus(Duration.ofHours(1)), null);
    }

    private String sign(String issuer, String subject, Set<String> groups, Instant issuedAt, Instant expiry,
            String audience) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresAt(expiry)
                .claim(Claims.jti.name(), UUID.randomUUID().toString());
        if (issuedAt != null) {
            claims.issuedAt(issuedAt);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        JwtSignatureBuilder header = claims.jws().algorithm(SignatureAlgorithm.RS256).header("typ", "JWT");
        if (keyId != null) {
            header.keyId(keyId);
        }
        return header.sign(key);
    }
}
