package id.go.bartim.pelatihan.platform;

import id.go.bartim.pelatihan.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform runs its SQL through PlainStatements too (docs/persistence.md). */
class ArchitectureTest {

    @Test
    void no_native_queries() {
        ArchitectureRules.noNativeQueries().check(ArchitectureRules.productionClassesOf("id.go.bartim.pelatihan.platform"));
    }
}
