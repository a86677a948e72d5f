package id.go.bartim.pelatihan.deploy;

import id.go.bartim.pelatihan.testing.CheckTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integrator kit (docs/integrators.md): the OpenAPI document each service's build writes lints with zero errors
 * (Redocly CLI, recommended rules) and becomes HTML under {@code deploy-checks/target/api-docs/}; the event contract's
 * AsyncAPI document, with the JSON schemas it references, is valid for the AsyncAPI parser. A broken document fails
 * each check, so a check that passes means something.
 */
class IntegratorDocumentsTest {

    private static final Path ROOT = CheckTools.projectRoot();
    private static final Path ASYNCAPI = ROOT.resolve("event-contract/src/main/resources/contract/asyncapi.yaml");
    private static final Path WORK = ROOT.resolve("deploy-checks/target");
    private static final Pattern LINT_ERRORS = Pattern.compile("\"totals\"\\s*:\\s*\\{\\s*\"errors\"\\s*:\\s*(\\d+)");
    private static final Pattern PARSER_ERRORS = Pattern.compile("(?m)^errors: (\\d+)$");

    @ParameterizedTest
    @ValueSource(strings = {"rutan-service", "disnaker-service"})
    void openapi_of_each_service_lints_with_zero_errors(String service) {
        CheckTools.Result lint = lint(openApi(service));
        assertEquals(0, lintErrors(lint), lint.output());
        assertEquals(0, lint.exitCode(), lint.output());
    }

    @Test
    void a_broken_openapi_fails_the_lint() throws IOException {
        String generated = Files.readString(openApi("rutan-service"));
        String broken = generated.replaceFirst("\\$ref: \"?#/components/schemas/[A-Za-z]+\"?",
                "\\$ref: \"#/components/schemas/NoSuchSchema\"");
        assertNotEquals(generated, broken, "the generated document has a schema $ref to break");
        Path file = Files.createDirectories(WORK.resolve("broken-openapi")).resolve("openapi.yaml");
        Files.writeString(file, broken);

        CheckTools.Result lint = lint(file);
        assertTrue(lintErrors(lint) > 0, lint.output());
        assertNotEquals(0, lint.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rutan-service", "disnaker-service"})
    void html_docs_of_each_service_are_built(String service) throws IOException {
        Path html = WORK.resolve("api-docs").resolve(service + ".html");
        Files.deleteIfExists(html);
        CheckTools.Result build = redocly(List.of("build-docs", openApi(service).toString(), "--output", html.toString(),
                "--title", service + " API", "--inlineBundle"));
        assertEquals(0, build.exitCode(), build.output());
        String page = Files.readString(html);
        assertTrue(page.contains(service + " API"), "the page carries the API's title");
        assertTrue(page.length() > 100_000, "Redoc is in the page, so it opens without a network");
    }

    @Test
    void asyncapi_of_the_event_contract_is_valid() {
        CheckTools.Result validation = validateAsyncApi(ASYNCAPI);
        assertEquals(0, parserErrors(validation), validation.output());
        assertEquals(0, validation.exitCode(), validation.output());
    }

    @Test
    void an_asyncapi_whose_schema_is_missing_fails_the_validation() throws IOException {
        Path copy = WORK.resolve("broken-asyncapi");
        copyTree(ASYNCAPI.getParent(), copy);
        // referenced by asyncapi.yaml and, relatively, by disnaker.program.retired.v1.json
        Files.delete(copy.resolve("schemas/disnaker.program.upserted.v1.json"));

        CheckTools.Result validation = validateAsyncApi(copy.resolve("asyncapi.yaml"));
        assertTrue(parserErrors(validation) > 0, validation.output());
        assertNotEquals(0, validation.exitCode());
    }

    private static Path openApi(String service) {
        Path file = ROOT.resolve(service).resolve("target/openapi/openapi.yaml");
        assertTrue(Files.isRegularFile(file), file + " is missing: the service's build writes it (build it first: "
                + "./mvnw -pl " + service + " -am package, or run this module with -am)");
        return file;
    }

    private static CheckTools.Result lint(Path openApi) {
        return redocly(List.of("lint", "--format=json", "--config",
                ROOT.resolve("deploy/tools/redocly.yaml").toString(), openApi.toString()));
    }

    private static CheckTools.Result redocly(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("env", "REDOCLY_TELEMETRY=off",
                "REDOCLY_SUPPRESS_UPDATE_NOTICE=true", CheckTools.npmBinary("redocly").toString()));
        command.addAll(arguments);
        return CheckTools.run(ROOT, command);
    }

    private static CheckTools.Result validateAsyncApi(Path asyncApi) {
        return CheckTools.run(ROOT.resolve("deploy/tools"),
                List.of("node", "validate-asyncapi.cjs", asyncApi.toString()));
    }

    private static int lintErrors(CheckTools.Result lint) {
        return count(LINT_ERRORS, lint);
    }

    private static int parserErrors(CheckTools.Result validation) {
        return count(PARSER_ERRORS, validation);
    }

    private static int count(Pattern pattern, CheckTools.Result result) {
        Matcher matcher = pattern.matcher(result.output());
        assertTrue(matcher.find(), () -> "no error count in:\n" + result.output());
        return Integer.parseInt(matcher.group(1));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
