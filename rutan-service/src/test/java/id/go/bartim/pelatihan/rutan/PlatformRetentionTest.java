package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.retention.Retention;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 9's retention of the plumbing both services share (the platform's rules, run here in rutan): audit lines
 * P5Y, idempotency records 24 h, published outbox rows P7D, each deletion audited as {@code retention}; and the
 * daily run is scheduled by itself.
 */
@QuarkusTest
@WithTestResource(RutanInfra.class)
class PlatformRetentionTest {

    /** The outbox relay's advisory lock (OutboxRelay): one relay at a time per database. */
    private static final long RELAY_LOCK = 0x4F5554424F58L;

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Inject
    Retention.Unscheduled unscheduled;

    @Test
    void the_daily_run_is_scheduled_at_half_past_one_in_jakarta() {
        assertEquals("0 30 1 * * ?", ConfigProvider.getConfig().getValue("app.retention.cron", String.class));
        Trigger job = scheduler.getScheduledJob(Retention.JOB);
        assertNotNull(job, "the retention job is registered");
        assertEquals(LocalTime.of(1, 30), job.getNextFireTime().atZone(BusinessTime.WIB).toLocalTime());
        assertTrue(unscheduled.test(null), "in the tests it never starts by itself: they move the clock");
    }

    @Test
    void audit_lines_older_than_the_period_are_deleted_and_the_deletion_is_audited() throws SQLException {
        OffsetDateTime now = BusinessTime.now();
        String old = "retention-old-" + UUID.randomUUID();
        String recent = "retention-recent-" + UUID.randomUUID();
        insert("insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (?, 'officer-sari', 'READ', 'inmate', ?)", now.minusYears(5).minusDays(1), old);
        insert("insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (?, 'officer-sari', 'READ', 'inmate', ?)", now.minusYears(5).plusDays(1), recent);

        retention.run(now);

        assertEquals(0, count("select count(*) from audit_event where resource_id = ?", old));
        assertEquals(1, count("select count(*) from audit_event where resource_id = ?", recent));
        assertEquals(1, deletionLines("audit_event", now.minusYears(5)));
    }

    @Test
    void idempotency_records_older_than_a_day_are_deleted_and_the_deletion_is_audited() throws SQLException {
        OffsetDateTime now = BusinessTime.now();
        String old = "retention-old-" + UUID.randomUUID();
        String recent = "retention-recent-" + UUID.randomUUID();
        for (Object[] row : List.of(new Object[] {old, now.minusHours(25)}, new Object[] {recent, now.minusHours(23)})) {
            insert("insert into idempotency_record (actor, idem_key, request_hash, created_at)"
                    + " values ('officer-sari', ?, repeat('0', 64), ?)", row[0], row[1]);
        }

        retention.run(now);

        assertEquals(0, count("select count(*) from idempotency_record where idem_key = ?", old));
        assertEquals(1, count("select count(*) from idempotency_record where idem_key = ?", recent));
        assertEquals(1, deletionLines("idempotency_record", now.minusHours(24)));
    }

    @Test
    void published_outbox_rows_older_than_the_period_are_deleted_and_unpublished_ones_never() throws SQLException {
        OffsetDateTime now = BusinessTime.now();
        String old = "published-long-ago-" + UUID.randomUUID();
        String recent = "published-recently-" + UUID.randomUUID();
        String unpublished = "never-published-" + UUID.randomUUID();
        String insert = "insert into outbox_message (event_id, topic, message_key, event_type, payload, occurred_at,"
                + " published_at) values (gen_random_uuid(), 'rutan.enrollments.v1', ?, 'test.retention', '{}', ?, ?)";
        insert(insert, old, now.minusDays(30), now.minusDays(8));
        insert(insert, recent, now.minusDays(30), now.minusDays(6));
        try (Connection relay = dataSource.getConnection()) {
            // Holding the relay's lock keeps the row unpublished meanwhile (and off the topic other tests read)
            relay.setAutoCommit(false);
            try (PreparedStatement lock = relay.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                lock.execute();
            }
            insert(insert, unpublished, now.minusDays(30), null);
            try {
                retention.run(now);

                assertEquals(0, count("select count(*) from outbox_message where message_key = ?", old));
                assertEquals(1, count("select count(*) from outbox_message where message_key = ?", recent));
                assertEquals(1, count("select count(*) from outbox_message"
                        + " where message_key = ? and published_at is null", unpublished));
                assertEquals(1, deletionLines("outbox_message", now.minusDays(7)));
            } finally {
                insert("delete from outbox_message where message_key = ?", unpublished);
                relay.rollback();
            }
        }
    }

    @Test
    void a_second_run_at_the_same_time_deletes_nothing_and_writes_no_line() throws SQLException {
        OffsetDateTime now = BusinessTime.now();
        insert("insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (?, 'officer-sari', 'READ', 'inmate', 'retention-twice')", now.minusYears(6));
        retention.run(now);
        int lines = count("select count(*) from audit_event where actor = ?", Retention.ACTOR);

        List<Retention.Result> again = retention.run(now);

        for (Retention.Result result : again) {
            assertEquals(new Retention.Result(result.rule(), Retention.Outcome.APPLIED, 0), result);
        }
        assertEquals(lines, count("select count(*) from audit_event where actor = ?", Retention.ACTOR));
    }

    /** What another replica does while it applies a rule: it holds the rule's lock, and this one skips the rule. */
    @Test
    void a_rule_another_replica_is_applying_is_skipped_here_and_done_there() throws SQLException {
        OffsetDateTime now = BusinessTime.now();
        String old = "retention-elsewhere-" + UUID.randomUUID();
        insert("insert into audit_event (occurred_at, actor, action, resource_type, resource_id)"
                + " values (?, 'officer-sari', 'READ', 'inmate', ?)", now.minusYears(6), old);
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, Retention.LOCK_SPACE);
                lock.setInt(2, "audit-lines".hashCode());
                lock.execute();
            }

            List<Retention.Result> here = retention.run(now);

            assertEquals(new Retention.Result("audit-lines", Retention.Outcome.SKIPPED, 0),
                    here.stream().filter(r -> r.rule().equals("audit-lines")).findFirst().orElseThrow());
            assertEquals(1, count("select count(*) from audit_event where resource_id = ?", old));
            otherReplica.rollback();
        }
        retention.run(now);
        assertEquals(0, count("select count(*) from audit_event where resource_id = ?", old));
    }

    /** The DELETE_EXPIRED lines by retention about {@code table} with this cut-off (to the microsecond). */
    private int deletionLines(String table, OffsetDateTime cutOff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select resource_id from audit_event where actor = 'retention'"
                        + " and action = 'DELETE_EXPIRED' and resource_type = ?")) {
            q.setString(1, table);
            int lines = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (OffsetDateTime.parse(rs.getString(1)).isEqual(cutOff)) {
                        lines++;
                    }
                }
            }
            return lines;
        }
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private int count(String sql, Object value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
