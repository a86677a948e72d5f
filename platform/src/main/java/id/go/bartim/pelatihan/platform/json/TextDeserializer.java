package id.go.bartim.pelatihan.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import id.go.bartim.pelatihan.platform.persistence.StorableText;

import java.io.IOException;

/**
 * Every {@code String} of a request or an event: only a JSON string (Jackson would turn {@code 42} or {@code true} into
 * text), and only text PostgreSQL can store. Registered in place of Jackson's own, so lists of strings use it too.
 */
class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (!StorableText.isStorable(text)) {
            throw new UnstorableTextException(p);
        }
        return text;
    }
}
