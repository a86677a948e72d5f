package id.go.bartim.pelatihan.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Prints one bearer JWT for a local run ({@code ./token.sh <role> [subject]}), signed with the dev key in
 * {@code <data>/keys}; creates the key pair first if needed, so docker-compose can mount the public key.
 */
public final class TokenCommand {

    static final List<String> ROLES = List.of("rutan-officer", "rutan-viewer", "disnaker-officer", "disnaker-viewer");
    private static final String USAGE = "usage: token.sh <role> [subject] [--data .local] [--hours 8]\n"
            + "  role: one of " + String.join(", ", ROLES);

    private TokenCommand() {
    }

    public static void main(String[] args) {
        String role = null;
        String subject = null;
        Path data = LocalStack.DEFAULT_DATA;
        long hours = 8;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--hours" -> hours = Long.parseLong(args[++i]);
                    case "-h", "--help" -> exitWithUsage(null);
                    default -> {
                        if (role == null) {
                            role = args[i];
                        } else if (subject == null) {
                            subject = args[i];
                        } else {
                            exitWithUsage("unexpected argument: " + args[i]);
                        }
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            exitWithUsage("an option lacks its value, or --hours is not a whole number");
        }
        if (role == null || !ROLES.contains(role)) {
            exitWithUsage(role == null ? "a role is required" : "unknown role: " + role);
        }
        if (hours < 1) {
            exitWithUsage("--hours must be at least 1");
        }
        Path keyDir = data.resolve("keys");
        if (!Files.exists(keyDir.resolve("privateKey.pem"))) {
            System.err.println("Creating a development key pair in " + keyDir.toAbsolutePath());
        }
        DevKeys keys = DevKeys.ensure(keyDir);
        String token = new TokenIssuer(keys.privateKey()).issue(LocalStack.ISSUER,
                subject == null ? "local-" + role : subject, Set.of(role), Duration.ofHours(hours));
        System.out.println(token);
    }

    private static void exitWithUsage(String problem) {
        System.err.println((problem == null ? "" : problem + "\n") + USAGE);
        System.exit(problem == null ? 0 : 2);
    }
}
