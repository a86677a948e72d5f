package id.go.bartim.pelatihan.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether a request's {@code Authorization} header carries a bearer token that verifies, asked before anything is
 * read for the request (SPEC 8). It asks the parser authentication uses ({@link CachingJwtParser}), so a token
 * verified here passes the same checks there, and is recognised there without a second verification.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private final JWTParser parser;

    @Inject
    BearerTokens(JWTParser parser) {
        this.parser = parser;
    }

    /** True only for {@code Bearer <token>} whose token passes every check authentication makes. */
    public boolean verifies(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        if (token.isEmpty()) {
            return false;
        }
        try {
            parser.parse(token);
            return true;
        } catch (ParseException | RuntimeException refused) {
            // authentication refuses it again, with its 401
            return false;
        }
    }
}
