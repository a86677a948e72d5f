package id.go.bartim.pelatihan.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.bartim.pelatihan.platform.persistence.StorableText;

/**
 * A JSON string held text PostgreSQL cannot store ({@link StorableText}); a binding failure of its own so the problem
 * mappers can name the field and say what is wrong with it. Its message never quotes the text.
 */
public class UnstorableTextException extends MismatchedInputException {

    public UnstorableTextException(JsonParser parser) {
        super(parser, StorableText.REFUSAL, String.class);
    }
}
