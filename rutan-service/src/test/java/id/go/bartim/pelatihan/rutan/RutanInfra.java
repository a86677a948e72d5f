package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.testing.InfraResource;

import java.util.Map;

/** Real PostgreSQL (database {@code rutan}) and the real Kafka broker for this module's tests. */
public class RutanInfra extends InfraResource {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "rutan"));
    }
}
