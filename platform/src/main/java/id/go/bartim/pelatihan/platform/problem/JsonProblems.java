package id.go.bartim.pelatihan.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.bartim.pelatihan.platform.json.UnstorableTextException;
import id.go.bartim.pelatihan.platform.persistence.StorableText;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A body that cannot be bound is a 400 problem naming the field (SPEC 2, 8), field {@code body} when the whole body has
 * the wrong shape. Jackson's messages quote what the client sent, so no answer repeats one: a field is named by its
 * path, and a name the client made up only when it looks like a field name. Quarkus REST's own mapper for a
 * mismatched input answers 400 with an empty body; the mapper here, for the same type, takes precedence.
 */
public class JsonProblems {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{8,}");
    /** A name as the bodies' fields are named; anything else a client wrote as a key is not repeated. */
    private static final Pattern FIELD_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");
    /** jackson-core's report of a key given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final String DUPLICATE = "Duplicate field '";

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(e);
    }

    /** The problem for any failure to read or bind a body, also one that reached the edge wrapped. */
    static Response answer(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return invalid(pathOf(e), "unknown field");
        }
        if (e instanceof UnstorableTextException) {
            return invalid(pathOf(e), StorableText.REFUSAL);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return invalid(pathOf(e), expectation(((MismatchedInputException) e).getTargetType()));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return invalid(pathOf(m), m.getCause() instanceof InputCoercionException ? "is out of range"
                    : "has the wrong type or shape");
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith(DUPLICATE) && e.getProcessor() instanceof JsonParser parser) {
            return invalid(pathOf(parser.getParsingContext()), "appears more than once");
        }
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemMappers.respond(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON" + where, null));
    }

    private static Response invalid(String field, String message) {
        return ProblemMappers.respond(new Problem(Problem.TYPE_BASE + "validation-failed", "Validation failed", 400,
                "1 field(s) failed validation", List.of(new Problem.FieldError(field, message))));
    }

    /** What a value of {@code type} has to be, in the words of SPEC 2. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type or shape";
        }
        if (type.isEnum()) {
            return "must be one of " + List.of(type.getEnumConstants());
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "must be a time (HH:mm)";
        }
        if (type == OffsetDateTime.class) {
            return "must be a timestamp with offset (ISO-8601)";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }

    private static String pathOf(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    append(path, ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The path of the parser's current value: where a key was found twice. */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                append(path, c.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static void append(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(fieldName(name));
    }

    /**
     * A key as it may be repeated: a known field's name, or one a client made up that looks like a field name and
     * holds no run of 8 or more digits (half a NIK); any other key is {@code …}.
     */
    static String fieldName(String key) {
        return FIELD_NAME.matcher(key).matches() && !DIGIT_RUN.matcher(key).find() ? key : "…";
    }
}
