package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.testing.ServiceArchitectureTest;

/** rutan-service keeps docs/persistence.md (the rules are ServiceArchitectureTest's). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.go.bartim.pelatihan.rutan");
    }
}
