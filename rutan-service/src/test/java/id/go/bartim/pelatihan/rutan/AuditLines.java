package id.go.bartim.pelatihan.rutan;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit lines about one resource, read straight from the table, for tests that check what was written. */
public final class AuditLines {

    private AuditLines() {
    }

    /** The lines of {@code resourceType} about {@code resourceId}, oldest first, as "actor ACTION". */
    public static List<String> of(DataSource dataSource, String resourceType, String resourceId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select actor || ' ' || action from audit_event"
                        + " where resource_type = ? and resource_id = ? order by id")) {
            q.setString(1, resourceType);
            q.setString(2, resourceId);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        }
    }
}
