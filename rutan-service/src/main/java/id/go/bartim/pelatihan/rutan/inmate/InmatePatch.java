package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanRefusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON Merge Patch (RFC 7396) of an inmate: a present field replaces, {@code null} clears. The
 * result is an {@link InmateRequest}, so fields a client may not set are refused as unknown.
 */
final class InmatePatch {

    static final String MEDIA_TYPE = "application/merge-patch+json";

    /** Fields of the record that only the server sets; naming one in a patch is a mistake worth a clear word. */
    private static final Set<String> SERVER_MANAGED = Set.of(
            "id", "status", "version", "releaseDate", "releaseReason", "createdAt", "updatedAt");

    private InmatePatch() {
    }

    /** Reads a patch document; anything but a JSON object is refused with 400. */
    static ObjectNode parse(ObjectMapper mapper, String body) {
        JsonNode patch;
        try {
            patch = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        }
        if (patch == null || !patch.isObject()) {
            throw Refused.field(RutanRefusal.INVALID_FIELD, "body", "must be a JSON object (JSON Merge Patch)");
        }
        Set<String> managed = new TreeSet<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (SERVER_MANAGED.contains(name)) {
                managed.add(name);
            }
        });
        if (!managed.isEmpty()) {
            throw Refused.field(RutanRefusal.INVALID_FIELD, managed.iterator().next(),
                    "is managed by the server and cannot be patched (" + String.join(", ", managed) + ")");
        }
        return (ObjectNode) patch;
    }

    /** The request {@code current} becomes once {@code patch} is merged in; not yet validated. */
    static InmateRequest apply(ObjectMapper mapper, InmateRequest current, ObjectNode patch) {
        ObjectNode target = mapper.valueToTree(current);
        merge(target, patch);
        try {
            return mapper.treeToValue(target, InmateRequest.class);
        } catch (JsonProcessingException e) {
            // Unknown field, wrong type or unknown enum value: the platform maps the cause to a 400 problem.
            throw new WebApplicationException(e, 400);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
