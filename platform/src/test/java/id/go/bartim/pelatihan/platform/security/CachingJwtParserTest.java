package id.go.bartim.pelatihan.platform.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import id.go.bartim.pelatihan.infra.TokenIssuer;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SmallRye JWT's real verification behind the cache: RS256 tokens signed here, checked against the public key, with
 * the limits of SPEC 8 (lifetime at most 12 h, 30 s of clock skew, the audience when one is configured).
 */
class CachingJwtParserTest {

    private static final String ISSUER = "https://pelatihan.bartim.go.id/test";
    private static final KeyPair TRUSTED = keyPair();
    private static final TokenIssuer SIGNER = new TokenIssuer(TRUSTED.getPrivate());

    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static CachingJwtParser parser(int capacity) {
        return parser(capacity, null);
    }

    private static CachingJwtParser parser(int capacity, Set<String> audiences) {
        JWTAuthContextInfo context = new JWTAuthContextInfo((RSAPublicKey) TRUSTED.getPublic(), ISSUER);
        context.setExpectedAudience(audiences);
        return new CachingJwtParser(context, JWTCallerPrincipalFactory.instance(),
                new Security(capacity, LIFETIME, SKEW));
    }

    /** The configuration the parser reads: the cache's size and the token limits. */
    private record Security(int verifiedTokenCacheSize, Duration maxTokenLifetime, Duration clockSkew)
            implements SecurityConfig {

        @Override
        public String officerRole() {
            return "rutan-officer";
        }

        @Override
        public String viewerRole() {
            return "rutan-viewer";
        }
    }

    private static String token(String subject) {
        return SIGNER.issue(ISSUER, subject, Set.of("rutan-officer"), Duration.ofMinutes(30));
    }

    /** A token issued at {@code issuedAt} (null: without "iat"), expiring at {@code expiry}, for {@code audience}. */
    private static String token(Instant issuedAt, Instant expiry, String audience) {
        return SIGNER.issue(ISSUER, "operator-1", Set.of("rutan-officer"), issuedAt, expiry, audience);
    }

    @Test
    void refuses_a_token_that_lives_longer_than_the_limit_every_time() {
        CachingJwtParser parser = parser(16);
        Instant now = Instant.now();
        String tenYears = token(now, now.plus(Duration.ofDays(3653)), null);
        String aSecondTooLong = token(now, now.plus(LIFETIME).plusSeconds(1), null);
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(tenYears));
            assertThrows(ParseException.class, () -> parser.parse(aSecondTooLong));
        }
    }

    @Test
    void accepts_a_token_that_lives_exactly_the_limit() throws ParseException {
        Instant now = Instant.now();
        assertEquals("operator-1", parser(16).parse(token(now, now.plus(LIFETIME), null)).getSubject());
    }

    @Test
    void refuses_a_token_without_iat_whose_lifetime_cannot_be_told() {
        CachingJwtParser parser = parser(16);
        String noIat = token(null, Instant.now().plus(Duration.ofMinutes(30)), null);
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(noIat));
        }
    }

    @Test
    void allows_30_seconds_of_clock_skew_past_exp_and_never_keeps_such_a_token() throws ParseException {
        CachingJwtParser parser = parser(16);
        Instant now = Instant.now();
        String twentyPast = token(now.minus(Duration.ofHours(1)), now.minusSeconds(20), null);
        String fortyPast = token(now.minus(Duration.ofHours(1)), now.minusSeconds(40), null);

        JsonWebToken first = parser.parse(twentyPast);
        assertNotSame(first, parser.parse(twentyPast), "a token past its exp is verified again, never remembered");
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(fortyPast));
        }
    }

    @Test
    void checks_the_audience_when_one_is_configured() throws ParseException {
        CachingJwtParser parser = parser(16, Set.of("rutan-service"));
        String right = token(Instant.now(), Instant.now().plus(Duration.ofMinutes(30)), "rutan-service");
        String wrong = token(Instant.now(), Instant.now().plus(Duration.ofMinutes(30)), "disnaker-service");
        String none = token("operator-1");

        assertEquals("operator-1", parser.parse(right).getSubject());
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(wrong));
            assertThrows(ParseException.class, () -> parser.parse(none));
        }
        assertEquals("operator-1", parser(16).parse(wrong).getSubject(), "without an audience configured, any");
    }

    @Test
    void refuses_limits_that_would_turn_the_checks_off() {
        JWTAuthContextInfo context = new JWTAuthContextInfo((RSAPublicKey) TRUSTED.getPublic(), ISSUER);
        assertThrows(IllegalArgumentException.class, () -> CachingJwtParser.withTokenLimits(context,
                new Security(16, Duration.ZERO, SKEW)));
        assertThrows(IllegalArgumentException.class, () -> CachingJwtParser.withTokenLimits(context,
                new Security(16, LIFETIME, Duration.ofSeconds(-1))));
    }

    @Test
    void verifies_a_token_once_and_answers_its_repeats_from_memory() throws ParseException {
        CachingJwtParser parser = parser(16);
        String token = token("operator-1");

        JsonWebToken first = parser.parse(token);
        JsonWebToken again = parser.parse(token);

        assertEquals("operator-1", first.getSubject());
        assertEquals(Set.of("rutan-officer"), first.getGroups());
        assertSame(first, again, "the second request must not verify (and build) the token again");
        assertNotSame(first, parser.parse(token("operator-2")), "another token is verified on its own");
    }

    @Test
    void never_accepts_a_tampered_copy_of_a_verified_token() throws ParseException {
        CachingJwtParser parser = parser(16);
        String token = token("operator-1");
        parser.parse(token);

        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + token("operator-1").split("\\.")[2];
        String otherPayload = parts[0] + "." + token("intruder").split("\\.")[1] + "." + parts[2];
        assertThrows(ParseException.class, () -> parser.parse(otherSignature));
        assertThrows(ParseException.class, () -> parser.parse(otherPayload));
    }

    @Test
    void refuses_a_bad_token_every_time() throws NoSuchAlgorithmException {
        CachingJwtParser parser = parser(16);
        String stranger = new TokenIssuer(keyPair().getPrivate())
                .issue(ISSUER, "intruder", Set.of("rutan-officer"), Duration.ofMinutes(30));
        String expired = SIGNER.issueExpired(ISSUER, "operator-1", Set.of("rutan-officer"));

        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(stranger));
            assertThrows(ParseException.class, () -> parser.parse(expired));
        }
    }

    @Test
    void with_capacity_zero_verifies_every_time() throws ParseException {
        CachingJwtParser parser = parser(0);
        String token = token("operator-1");
        assertNotSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void forgets_a_token_when_it_expires() throws ParseException {
        MutableClock clock = new MutableClock(Instant.now());
        VerifiedTokens tokens = new VerifiedTokens(16, clock);
        String text = token("operator-1");
        JsonWebToken verified = parser(0).parse(text);
        tokens.put(text, verified);
        assertSame(verified, tokens.get(text));

        clock.now = Instant.ofEpochSecond(verified.getExpirationTime()).minusMillis(1);
        assertSame(verified, tokens.get(text), "still valid one millisecond before exp");
        clock.now = Instant.ofEpochSecond(verified.getExpirationTime());
        assertNull(tokens.get(text), "not served at or after exp");
        assertEquals(0, tokens.size(), "an expired token is dropped when met");
    }

    @Test
    void holds_at_most_its_capacity() throws ParseException {
        MutableClock clock = new MutableClock(Instant.now());
        VerifiedTokens tokens = new VerifiedTokens(3, clock);
        CachingJwtParser verifier = parser(0);
        for (int i = 0; i < 10; i++) {
            String text = token("operator-" + i);
            tokens.put(text, verifier.parse(text));
            assertTrue(tokens.size() <= 3, "held " + tokens.size());
        }
    }

    @Test
    void evicts_one_token_when_full_instead_of_forgetting_all() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(3, new MutableClock(Instant.now()));
        CachingJwtParser verifier = parser(0);
        for (int i = 0; i < 4; i++) {
            String text = token("caller-" + i);
            tokens.put(text, verifier.parse(text));
        }
        assertEquals(3, tokens.size(), "a fourth caller displaces one token, not the other callers' tokens");
    }

    @Test
    void each_token_expires_at_its_own_exp() throws ParseException {
        Instant now = Instant.now();
        MutableClock clock = new MutableClock(now);
        VerifiedTokens tokens = new VerifiedTokens(16, clock);
        String shortLived = SIGNER.issue(ISSUER, "operator-1", Set.of("rutan-officer"), now, now.plusSeconds(60), null);
        String longLived = SIGNER.issue(ISSUER, "operator-2", Set.of("rutan-officer"), now, now.plusSeconds(600), null);
        CachingJwtParser verifier = parser(0);
        tokens.put(shortLived, verifier.parse(shortLived));
        tokens.put(longLived, verifier.parse(longLived));

        clock.now = now.plusSeconds(61);
        assertNull(tokens.get(shortLived), "gone after its own exp");
        assertNotNull(tokens.get(longLived), "still held: its exp is later, and reading it does not change that");
        assertEquals(1, tokens.size());
        clock.now = now.plusSeconds(601);
        assertNull(tokens.get(longLived));
        assertEquals(0, tokens.size());
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
