package id.go.bartim.pelatihan.disnaker;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The audit lines disnaker wrote about a record, read straight from {@code audit_event}, oldest first. */
public final class AuditLines {

    /** One line; {@code changedFields} empty when the line names none. */
    public record Line(String actor, String action, String resourceType, String resourceId, UUID eventId,
                       List<String> changedFields) {
    }

    private AuditLines() {
    }

    /** The lines about {@code resourceType} {@code resourceId}. */
    public static List<Line> about(String resourceType, Object resourceId) {
        return query("resource_type = ? and resource_id = ?", resourceType, resourceId.toString());
    }

    /** The lines about {@code resourceType} {@code resourceId} whose action is {@code action}. */
    public static List<Line> about(String resourceType, Object resourceId, String action) {
        return about(resourceType, resourceId).stream().filter(l -> l.action().equals(action)).toList();
    }

    /** The lines whose actor is {@code actor}. */
    public static List<Line> by(String actor) {
        return query("actor = ?", actor);
    }

    /** The lines a consumer wrote applying the event {@code ceId}. */
    public static List<Line> ofEvent(UUID ceId) {
        return query("event_id = ?::uuid", ceId.toString());
    }

    private static List<Line> query(String where, String... values) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select actor, action, resource_type,"
                        + " resource_id, event_id, changed_fields from audit_event where " + where + " order by id")) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String changed = rs.getString(6);
                    lines.add(new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, UUID.class), changed == null ? List.of() : Arrays.asList(changed.split(","))));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
