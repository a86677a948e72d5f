package id.go.bartim.pelatihan.platform.openapi;

import id.go.bartim.pelatihan.platform.problem.Problem;
import id.go.bartim.pelatihan.platform.web.PublicRateLimitFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the error answers every {@code /api/v1} operation shares (400, 401, 403, 413, 500, 503) and
 * gives every documented error the problem+json schema, so each resource documents only the
 * errors particular to it, by code and reason.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No token, or its signature, issuer or expiry is invalid",
            "403", "The token is valid but lacks the role this operation needs",
            "500", "Unexpected server failure (logged; never a stack trace)",
            "503", "database-unavailable: the database cannot be reached, or every connection to it is busy, just now "
                    + "(Retry-After); the request may "
                    + "not have been applied: try again (a POST with the same Idempotency-Key)");

    /** Descriptions the generator writes by itself; ours say more. */
    private static final Set<String> GENERATED = Set.of(
            "Bad Request", "Not Authorized", "Not Allowed", "Unauthorized", "Forbidden");

    /**
     * The Problem schema every error response refers to, whether or not a resource names the class; and the public
     * paths without the token errors {@link #filterPathItem}, which does not know the path, gave them.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith(PublicRateLimitFilter.PUBLIC_PATHS)) {
                    item.getOperations().values().forEach(operation -> {
                        operation.getResponses().removeAPIResponse("401");
                        operation.getResponses().removeAPIResponse("403");
                    });
                }
            });
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("https://pelatihan.bartim.go.id/problems/class-full"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Only for validation failures"))
                .required(List.of("type", "title", "status"));
    }

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
        // Every error a resource documents is a problem document: resources name the code and
        // the reason, the schema is added here once.
        for (var entry : Map.copyOf(responses.getAPIResponses()).entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                put(responses, entry.getKey(), entry.getValue().getDescription());
            }
        }
    }

    private static void put(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        String text = existing != null && existing.getDescription() != null
                && !GENERATED.contains(existing.getDescription()) ? existing.getDescription() : description;
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(text)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
