package id.go.bartim.pelatihan.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A service keeps docs/persistence.md: its domain knows no HTTP, and its SQL lives in its stores. Each service has
 * one subclass naming its base package. One instance for all the rules: the classes are imported once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {

    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.classes = ArchitectureRules.productionClassesOf(basePackage);
    }

    @Test
    void domain_code_knows_nothing_of_http() {
        ArchitectureRules.domainKnowsNoHttp().check(classes);
    }

    @Test
    void jdbc_types_appear_only_in_stores() {
        ArchitectureRules.jdbcOnlyInStores().check(classes);
    }

    @Test
    void only_stores_hand_sql_to_the_platform() {
        ArchitectureRules.sqlOnlyInStores().check(classes);
    }

    @Test
    void no_native_queries_and_no_connections_of_its_own() {
        ArchitectureRules.noNativeQueries().check(classes);
        ArchitectureRules.noDataSources().check(classes);
    }
}
