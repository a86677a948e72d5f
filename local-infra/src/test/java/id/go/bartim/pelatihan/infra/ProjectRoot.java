package id.go.bartim.pelatihan.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the directory holding kafka-broker) for tests run from any directory. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    /**
     * Starts from the {@code project.root} system property (set by the parent's surefire config) and walks
     * up, because a module built on its own sees its own directory as the multi-module root.
     */
    static Path locate() {
        Path start = Path.of(System.getProperty("project.root", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("kafka-broker/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No kafka-broker module found above " + start);
    }
}
