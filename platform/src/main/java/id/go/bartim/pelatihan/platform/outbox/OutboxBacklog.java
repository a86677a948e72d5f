package id.go.bartim.pelatihan.platform.outbox;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;

/** The outbox rows not yet published and the age of the oldest of them, in seconds (0 without any). */
public record OutboxBacklog(long rows, long oldestAgeSeconds) {

    private static final String SELECT = """
            select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
            from outbox_message where published_at is null""";

    /** Read with one plain select in the caller's transaction (read by probes and scrapes, so no Hibernate query). */
    public static OutboxBacklog read(PlainStatements statements) {
        return statements.query(SELECT, row -> new OutboxBacklog(row.getLong(1), Math.round(row.getDouble(2)))).get(0);
    }
}
