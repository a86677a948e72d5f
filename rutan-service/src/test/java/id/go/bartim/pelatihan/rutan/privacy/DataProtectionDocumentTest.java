package id.go.bartim.pelatihan.rutan.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.rutan.RutanInfra;
import id.go.bartim.pelatihan.testing.DataInventory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * docs/data-protection.md names every column of rutan's migrated schema, every field of every event schema and every
 * topic (SPEC 9): a new one without a line fails here.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class DataProtectionDocumentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_column_of_the_migrated_schema_is_in_the_document() throws SQLException {
        List<String> columns = DataInventory.columnsOf(dataSource, "rutan");
        assertFalse(columns.isEmpty());
        DataInventory.read().assertMatches("rutan ", columns);
    }

    @Test
    void every_field_of_every_event_schema_is_in_the_document() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> fields = new ArrayList<>();
        for (String type : EventTypes.PAYLOADS.keySet()) {
            try (InputStream schema = getClass().getClassLoader()
                    .getResourceAsStream("contract/schemas/" + type + ".json")) {
                fieldsOf(mapper.readTree(schema), "event " + type + " ", fields);
            }
        }
        DataInventory.read().assertMatches("event ", fields);
    }

    @Test
    void every_topic_is_in_the_document() {
        DataInventory.read().assertMatches("topic ", Topics.ALL.stream().map(t -> "topic " + t).toList());
    }

    /** Each property, and the properties of an object property as {@code parent.child}. */
    private static void fieldsOf(JsonNode schema, String prefix, List<String> fields) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            fields.add(prefix + property.getKey());
            if (property.getValue().has("properties")) {
                fieldsOf(property.getValue(), prefix + property.getKey() + ".", fields);
            }
        }
    }
}
