package id.go.bartim.pelatihan.bench;

import id.go.bartim.pelatihan.infra.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each service asks of PostgreSQL per enrollment ({@code --pg-statements}): pg_stat_statements, reset
 * before the burst and read as soon as it is over, gives the statements the services ran in each database (those
 * of the services' login; the harness's own polling runs as {@link BenchSystem#HARNESS_ROLE}), the server time
 * they took and the busiest of them. Statements run inside trigger functions count within the
 * statement that fired them ({@code pg_stat_statements.track=top}).
 */
final class PgStatements {

    /** Server settings for {@code EmbeddedPostgres.start}: the module is loaded only when the server starts. */
    static final List<String> SERVER_SETTINGS = List.of(
            "shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=top",
            "pg_stat_statements.max=1000");

    private static final int TOP = 8;

    private final BenchSystem system;

    PgStatements(BenchSystem system) throws SQLException {
        this.system = system;
        try (Connection c = system.connect("bench"); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
    }

    void reset() throws SQLException {
        try (Connection c = system.connect("bench"); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** Per service database: statements and server milliseconds per enrollment, and the busiest statements. */
    Map<String, Object> perEnrollment(int enrollments) throws SQLException {
        return per(enrollments, "enrollment");
    }

    /** The same per unit of work ({@code "request"} for a REST phase), in keys ending in {@code _per_<unit>}. */
    Map<String, Object> per(int enrollments, String unit) throws SQLException {
        Map<String, Object> all = new LinkedHashMap<>();
        try (Connection c = system.connect("bench")) {
            for (String database : List.of("rutan", "disnaker")) {
                Map<String, Object> m = new LinkedHashMap<>();
                try (PreparedStatement totals = c.prepareStatement("""
                        select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0)
                        from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
                        where d.datname = ? and r.rolname = ?""")) {
                    totals.setString(1, database);
                    totals.setString(2, EmbeddedPostgres.USER);
                    try (ResultSet rs = totals.executeQuery()) {
                        rs.next();
                        m.put("statements_per_" + unit, rs.getDouble(1) / enrollments);
                        m.put("server_ms_per_" + unit, rs.getDouble(2) / enrollments);
                    }
                }
                List<Map<String, Object>> top = new ArrayList<>();
                try (PreparedStatement busiest = c.prepareStatement("""
                        select calls, total_exec_time, query
                        from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
                        where d.datname = ? and r.rolname = ?
                        order by total_exec_time desc limit ?""")) {
                    busiest.setString(1, database);
                    busiest.setString(2, EmbeddedPostgres.USER);
                    busiest.setInt(3, TOP);
                    try (ResultSet rs = busiest.executeQuery()) {
                        while (rs.next()) {
                            Map<String, Object> q = new LinkedHashMap<>();
                            q.put("calls_per_" + unit, rs.getDouble(1) / enrollments);
                            q.put("server_ms_per_" + unit, rs.getDouble(2) / enrollments);
                            q.put("query", rs.getString(3).replaceAll("\\s+", " "));
                            top.add(q);
                        }
                    }
                }
                m.put("busiest", top);
                all.put(database, m);
            }
        }
        return all;
    }
}
