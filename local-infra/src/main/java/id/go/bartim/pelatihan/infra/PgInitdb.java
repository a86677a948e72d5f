package id.go.bartim.pelatihan.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Creates a new PostgreSQL cluster (initdb) with a trusted {@code postgres} superuser. */
final class PgInitdb {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private PgInitdb() {
    }

    static void run(PgInstallation pg, Path dataDir, boolean durable) {
        // C.UTF-8 gives UTF-8 collation without needing generated locales; minimal images may lack it.
        Commands.Result result = Commands.run(command(pg, dataDir, "C.UTF-8", durable), TIMEOUT);
        if (!result.ok()) {
            Commands.runOrFail(command(pg, dataDir, "C", durable), TIMEOUT);
        }
    }

    private static List<String> command(PgInstallation pg, Path dataDir, String locale, boolean durable) {
        List<String> args = new ArrayList<>(List.of("-D", dataDir.toString(), "-U", EmbeddedPostgres.USER,
                "--auth=trust", "-E", "UTF8", "--locale=" + locale, "--no-instructions"));
        if (!durable) {
            args.add("--no-sync"); // a throwaway cluster need not survive a power cut
        }
        return pg.server("initdb", args.toArray(String[]::new));
    }
}
