package id.go.bartim.pelatihan.disnaker;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.go.bartim.pelatihan.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** disnaker-service keeps docs/persistence.md: its domain knows no HTTP, and its SQL lives in its stores. */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            ArchitectureRules.productionClassesOf("id.go.bartim.pelatihan.disnaker");

    @Test
    void domain_code_knows_nothing_of_http() {
        ArchitectureRules.domainKnowsNoHttp().check(CLASSES);
    }

    @Test
    void jdbc_types_appear_only_in_stores() {
        ArchitectureRules.jdbcOnlyInStores().check(CLASSES);
    }

    @Test
    void only_stores_hand_sql_to_plain_statements() {
        ArchitectureRules.sqlOnlyInStores().check(CLASSES);
    }

    @Test
    void no_native_queries_and_no_connections_of_its_own() {
        ArchitectureRules.noNativeQueries().check(CLASSES);
        ArchitectureRules.noDataSources().check(CLASSES);
    }
}
