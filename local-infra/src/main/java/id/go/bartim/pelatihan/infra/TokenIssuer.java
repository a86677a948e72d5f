package id.go.bartim.pelatihan.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Signs RS256 JWTs (MicroProfile JWT claims) with the JDK alone, for local runs and tests. */
public final class TokenIssuer {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

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
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\""
                + (keyId == null ? "" : ",\"kid\":" + json(keyId)) + "}";
        String claims = "{\"iss\":" + json(issuer)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + groups.stream().map(TokenIssuer::json).collect(Collectors.joining(",")) + "]"
                + (audience == null ? "" : ",\"aud\":" + json(audience))
                + (issuedAt == null ? "" : ",\"iat\":" + issuedAt.getEpochSecond())
                + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + BASE64URL.encodeToString(rs256(signingInput));
    }

    private byte[] rs256(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with RS256", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
