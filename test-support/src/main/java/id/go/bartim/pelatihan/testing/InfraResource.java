package id.go.bartim.pelatihan.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real PostgreSQL (its own database, schema by Flyway) and the
 * real Kafka broker of {@link TestInfra}. Use with {@code @WithTestResource(value = InfraResource.class,
 * initArgs = @ResourceArg(name = "database", value = "disnaker"))} or declare it once per module.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfra infra = TestInfra.get();
        infra.postgres().createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "unused",
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", infra.keys().publicKeyPath().toUri().toString(),
                "mp.jwt.verify.issuer", TestInfra.ISSUER);
    }

    @Override
    public void stop() {
        // The infrastructure is shared by every test of this JVM and stopped by its shutdown hooks.
    }
}
