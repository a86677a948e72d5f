package id.go.bartim.pelatihan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code docs/data-protection.md} says is stored or sent: the items it lists as personal data (the first cell
 * of an inventory row, {@code `rutan inmate.full_name`}) and those it lists as holding none
 * ({@code - `rutan program_replica`: code, name, ...}). The document is the one list both people and the tests read.
 */
public final class DataInventory {

    public static final String DOCUMENT = "docs/data-protection.md";

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z]+) ([^`]+)`\\s*\\|");
    private static final Pattern NOT_PERSONAL = Pattern.compile("^- `([a-z]+)(?: ([^`]+))?`:\\s*(.+)$");

    private final Set<String> personal = new TreeSet<>();
    private final Set<String> notPersonal = new TreeSet<>();

    private DataInventory() {
    }

    /** Reads the document of the repository the tests run in (found from the working directory upwards). */
    public static DataInventory read() {
        return read(find());
    }

    static DataInventory read(Path document) {
        DataInventory inventory = new DataInventory();
        try {
            for (String line : Files.readAllLines(document)) {
                Matcher row = ROW.matcher(line);
                Matcher list = NOT_PERSONAL.matcher(line);
                if (row.find()) {
                    inventory.personal.add(row.group(1) + " " + row.group(2).trim());
                } else if (list.find()) {
                    // rutan inmate.nik, but event <type> <field>: an event type has dots of its own
                    String scope = list.group(1);
                    String prefix = scope + " " + (list.group(2) == null ? ""
                            : list.group(2) + (scope.equals("event") ? " " : "."));
                    for (String item : list.group(3).split(",")) {
                        inventory.notPersonal.add(prefix + item.trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inventory;
    }

    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCUMENT);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(DOCUMENT + " not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Every column of the migrated schema behind {@code dataSource} but Flyway's own, as the document names them:
     * {@code <service> <table>.<column>}.
     */
    public static List<String> columnsOf(DataSource dataSource, String service) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = 'public' and table_name <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                columns.add(service + " " + rs.getString(1) + "." + rs.getString(2));
            }
        }
        return columns;
    }

    /** The items the document lists as holding personal data. */
    public Set<String> personal() {
        return Set.copyOf(personal);
    }

    /**
     * Fails unless each of {@code present} (items such as {@code rutan inmate.nik} that exist now) is on the page,
     * exactly once, and the page names nothing under {@code scope} (such as {@code "rutan "}) that does not exist.
     */
    public void assertMatches(String scope, Collection<String> present) {
        Set<String> missing = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String item : present) {
            boolean isPersonal = personal.contains(item);
            boolean isNot = notPersonal.contains(item);
            if (!isPersonal && !isNot) {
                missing.add(item);
            } else if (isPersonal && isNot) {
                twice.add(item);
            }
        }
        Set<String> stale = new TreeSet<>();
        for (Set<String> listed : List.of(personal, notPersonal)) {
            listed.stream().filter(i -> i.startsWith(scope) && !present.contains(i)).forEach(stale::add);
        }
        assertTrue(missing.isEmpty(), () -> "not in " + DOCUMENT + " (add a line to an inventory table if it holds "
                + "personal data, else to 'Holds no personal data'): " + missing);
        assertTrue(twice.isEmpty(), () -> "listed both as personal data and as not in " + DOCUMENT + ": " + twice);
        assertTrue(stale.isEmpty(), () -> DOCUMENT + " lists what does not exist: " + stale);
    }
}
