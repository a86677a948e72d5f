package id.go.bartim.pelatihan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is acting: the token's subject for REST calls, a fixed name for event consumers. */
@RequestScoped
public class CurrentActor {

    public static final String SYSTEM = "system:event-consumer";

    @Inject
    SecurityIdentity identity;

    public String name() {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity != null && identity.hasRole(role);
    }
}
