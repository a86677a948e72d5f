package id.go.bartim.pelatihan.disnaker.privacy;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import id.go.bartim.pelatihan.testing.DataInventory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * docs/data-protection.md names every column of disnaker's migrated schema (SPEC 9): a new one without a line fails
 * here. Event fields and topics are checked by rutan-service's test of the same name.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class DataProtectionDocumentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_column_of_the_migrated_schema_is_in_the_document() throws SQLException {
        List<String> columns = DataInventory.columnsOf(dataSource, "disnaker");
        assertFalse(columns.isEmpty());
        DataInventory.read().assertMatches("disnaker ", columns);
    }
}
