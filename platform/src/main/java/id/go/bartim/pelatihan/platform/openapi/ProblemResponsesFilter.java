package id.go.bartim.pelatihan.platform.openapi;

import id.go.bartim.pelatihan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Adds the error answers every {@code /api/v1} operation shares (400, 401, 403, 413, 500) as
 * problem+json, so each resource documents only the errors particular to it.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No token, or its signature, issuer or expiry is invalid",
            "403", "The token is valid but lacks the role this operation needs",
            "500", "Unexpected server failure (logged; never a stack trace)");

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> addCommon(method, operation));
        return pathItem;
    }

    private void addCommon(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> e : COMMON.entrySet()) {
            put(responses, e.getKey(), e.getValue());
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            put(responses, "400", "Malformed JSON, wrong type, unknown enum value or failed field "
                    + "validation; `errors` lists each field");
        }
        if (operation.getRequestBody() != null) {
            put(responses, "413", "Body larger than 1 MiB");
        }
    }

    private static void put(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        String text = existing != null && existing.getDescription() != null
                && !existing.getDescription().startsWith("Not ") ? existing.getDescription() : description;
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(text)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
