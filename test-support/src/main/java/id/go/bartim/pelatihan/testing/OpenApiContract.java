package id.go.bartim.pelatihan.testing;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Checks the promise of SPEC 2 about the OpenAPI document: every {@code /api/v1} operation has a
 * description, needs the bearer scheme, documents 401/403 (and 400 when it takes input) as
 * problem+json, and every request body carries an example. A {@code /api/v1/public/} operation instead needs no
 * token, documents no 401/403, and documents its 429 (the per-address rate limit).
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Returns what is missing, one line per gap; empty when the document keeps the promise. */
    @SuppressWarnings("unchecked")
    public static List<String> gaps() {
        JsonPath doc = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> gaps = new ArrayList<>();
        if (schemas == null || !schemas.containsKey("Problem")) {
            gaps.add("components.schemas has no Problem");
        }
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1")) {
                return;
            }
            operations.forEach((method, raw) -> {
                if (method.equals("parameters")) {
                    return;
                }
                String where = method.toUpperCase() + " " + path;
                Map<String, Object> op = raw;
                if (op.get("description") == null && op.get("summary") == null) {
                    gaps.add(where + ": no description");
                }
                boolean isPublic = path.startsWith("/api/v1/public/");
                List<?> security = (List<?>) op.get("security");
                if (isPublic && security != null && !security.isEmpty()) {
                    gaps.add(where + ": public, yet needs a token");
                }
                if (!isPublic && security == null && doc.get("security") == null) {
                    gaps.add(where + ": no security requirement");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                if (isPublic && responses != null && (responses.containsKey("401") || responses.containsKey("403"))) {
                    gaps.add(where + ": public, yet documents 401/403");
                }
                for (String code : isPublic ? List.of("429", "503") : List.of("401", "403", "503")) {
                    if (responses == null || !problem(responses.get(code))) {
                        gaps.add(where + ": no problem+json " + code);
                    }
                }
                if (responses != null) {
                    responses.forEach((code, response) -> {
                        if (code.matches("[45]..") && !problem(response)) {
                            gaps.add(where + ": error " + code + " is not problem+json");
                        }
                    });
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null) {
                    if (!problem(responses.get("400"))) {
                        gaps.add(where + ": no problem+json 400");
                    }
                    if (!hasExample(body, schemas)) {
                        gaps.add(where + ": request body without example");
                    }
                }
            });
        });
        return gaps;
    }

    @SuppressWarnings("unchecked")
    private static boolean problem(Map<String, Object> response) {
        if (response == null) {
            return false;
        }
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        return content != null && content.containsKey("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static boolean hasExample(Map<String, Object> body, Map<String, Map<String, Object>> schemas) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
        if (content == null) {
            return false;
        }
        for (Map<String, Object> media : content.values()) {
            if (media.get("example") != null || media.get("examples") != null) {
                return true;
            }
            Map<String, Object> schema = (Map<String, Object>) media.get("schema");
            if (schema != null && (schema.get("example") != null || schema.get("examples") != null)) {
                return true;
            }
            if (schema != null && schema.get("$ref") instanceof String ref) {
                Map<String, Object> target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target != null && (target.get("example") != null || target.get("examples") != null)) {
                    return true;
                }
            }
        }
        return false;
    }
}
