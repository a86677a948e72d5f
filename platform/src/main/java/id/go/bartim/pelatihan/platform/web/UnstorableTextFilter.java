package id.go.bartim.pelatihan.platform.web;

import id.go.bartim.pelatihan.platform.persistence.StorableText;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a request to the APIs whose path or query, once decoded, holds text PostgreSQL cannot store (SPEC 8): a NUL
 * in a search term or in an id reached the database, which answered with an error that became a 500. Checked once,
 * before the request is matched to an endpoint, so no endpoint has to; bodies are checked where they are bound
 * ({@code StrictJson}). Routes outside Quarkus REST ({@code /q/...}) are not filtered.
 */
public class UnstorableTextFilter {

    /** A query parameter is named in the answer only when its name looks like one of ours. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,39}$");

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableText(ContainerRequestContext request) {
        if (!StorableText.isStorable(request.getUriInfo().getPath())) {
            throw ProblemException.invalidField("path", StorableText.REFUSAL);
        }
        // A query Vert.x cannot decode ("%zz") never gets here: it is refused with 400 before any endpoint
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            boolean storable = StorableText.isStorable(name)
                    && parameter.getValue().stream().allMatch(StorableText::isStorable);
            if (!storable) {
                throw ProblemException.invalidField(
                        PARAMETER_NAME.matcher(name).matches() ? name : "query", StorableText.REFUSAL);
            }
        }
    }
}
