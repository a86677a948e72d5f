package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.ServiceArchitectureTest;

/** disnaker-service keeps docs/persistence.md (the rules are ServiceArchitectureTest's). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.go.bartim.pelatihan.disnaker");
    }
}
