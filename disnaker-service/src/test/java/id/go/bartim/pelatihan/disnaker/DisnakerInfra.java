package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.InfraResource;

import java.util.Map;

/** Real PostgreSQL (database {@code disnaker}) and the real Kafka broker for this module's tests. */
public class DisnakerInfra extends InfraResource {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "disnaker"));
    }
}
