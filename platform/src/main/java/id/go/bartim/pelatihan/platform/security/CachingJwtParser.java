package id.go.bartim.pelatihan.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;

import javax.crypto.SecretKey;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parser Quarkus' bearer-token authentication uses (it injects a {@link JWTParser}): SmallRye JWT's own
 * verification, done once per distinct token and remembered until the token expires ({@link VerifiedTokens}).
 * Only {@link #parse(String)}, the call made for every request, is cached; the rest is SmallRye's as it is.
 * {@code app.security.verified-token-cache-size} bounds how many tokens are remembered (0: verify every time).
 *
 * <p>The token limits of SPEC 8 are SmallRye's own checks, set here from {@link SecurityConfig} and nowhere else:
 * {@code app.security.max-token-lifetime} is its maximum time to live (which also makes it require {@code iat}),
 * {@code app.security.clock-skew} its clock skew; they replace {@code smallrye.jwt.time-to-live} and
 * {@code mp.jwt.verify.clock.skew}. Everything else (key, issuer, {@code mp.jwt.verify.audiences}) is the
 * configured {@link JWTAuthContextInfo}'s.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens verified;

    @Inject
    CachingJwtParser(JWTAuthContextInfo configured, JWTCallerPrincipalFactory principals, SecurityConfig config) {
        this.verifier = new DefaultJWTParser(withTokenLimits(configured, config), principals);
        this.verified = new VerifiedTokens(config.verifiedTokenCacheSize(), Clock.systemUTC());
    }

    /** A copy of the configured verification with the lifetime and clock skew of {@code config}. */
    static JWTAuthContextInfo withTokenLimits(JWTAuthContextInfo configured, SecurityConfig config) {
        long lifetime = config.maxTokenLifetime().toSeconds();
        long skew = config.clockSkew().toSeconds();
        if (lifetime < 1 || skew < 0) {
            throw new IllegalArgumentException("app.security.max-token-lifetime must be at least 1 s and "
                    + "app.security.clock-skew not negative; were " + config.maxTokenLifetime() + ", "
                    + config.clockSkew());
        }
        JWTAuthContextInfo context = new JWTAuthContextInfo(configured);
        context.setMaxTimeToLiveSecs(lifetime);
        context.setClockSkew(Math.toIntExact(skew));
        // The deprecated smallrye.jwt.expiration.grace, when set, would take the place of the clock skew
        context.setExpGracePeriodSecs(0);
        return context;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        verified.put(token, fresh);
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
