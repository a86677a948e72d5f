package id.go.bartim.pelatihan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.bartim.pelatihan.testing.CheckTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** deploy/k8s as {@code kubectl kustomize} (kustomize v2.0.3 in CI) renders it, one node per resource. */
final class RenderedManifests {

    private final List<JsonNode> resources;

    private RenderedManifests(List<JsonNode> resources) {
        this.resources = List.copyOf(resources);
    }

    static RenderedManifests render() {
        CheckTools.Result result = CheckTools.run(CheckTools.projectRoot(),
                List.of(CheckTools.binary("kubectl").toString(), "kustomize", "deploy/k8s"));
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize deploy/k8s failed:\n" + result.output());
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = yaml.getFactory().createParser(result.output())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize printed no YAML:\n" + result.output(), e);
        }
        return new RenderedManifests(docs);
    }

    List<JsonNode> all() {
        return resources;
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static List<JsonNode> containers(JsonNode deployment) {
        return elements(deployment.path("spec").path("template").path("spec").path("containers"));
    }

    static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The env entry {@code name} of {@code container}. */
    static Optional<JsonNode> env(JsonNode container, String name) {
        return elements(container.path("env")).stream().filter(e -> name.equals(e.path("name").asText())).findFirst();
    }

    /** The name of the Secret an env entry reads, or empty when it does not read one. */
    static Optional<String> secretOf(JsonNode container, String envName) {
        return env(container, envName).map(e -> e.path("valueFrom").path("secretKeyRef").path("name"))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
    }
}
