package id.go.bartim.pelatihan.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import id.go.bartim.pelatihan.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The audit lines of reads, written with group commit: a reader's line is queued, one writer thread inserts
 * every line queued meanwhile and commits them together, and only then is each reader let go. So a record is
 * still never served before the line of its read is durable (SPEC 7), but concurrent reads share one commit
 * instead of each paying a transaction of its own, which was most of what a {@code GET} of one record cost.
 *
 * <p>If the batch cannot be written, each line is tried alone, so one line the database refuses fails only its
 * own read. A read whose line is not committed within {@code app.audit.read-wait} (or that finds the queue full)
 * is refused with 503 and serves nothing. Writes keep their audit line in their own transaction
 * ({@link AuditLog#record}).
 */
@ApplicationScoped
public class ReadAudit {

    static final int MAX_BATCH = 500;
    private static final int QUEUE_CAPACITY = 10_000;
    /** Every line of a batch in one statement, so one round trip inserts and commits them (autocommit). */
    private static final String INSERT = "insert into audit_event"
            + " (occurred_at, actor, action, resource_type, resource_id)"
            + " select o, a, n, t, i"
            + " from unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[]) as l(o, a, n, t, i)";

    private record Line(OffsetDateTime occurredAt, String actor, String action, String resourceType,
            String resourceId, CompletableFuture<Void> committed) {
    }

    private final DataSource dataSource;
    private final Duration wait;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread writer;
    private volatile boolean running = true;

    @Inject
    ReadAudit(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.wait = config.readWait();
        this.writer = new Thread(this::run, "audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Returns once the line is committed; throws a 503 problem when it could not be. {@code action} is READ, or what
     * names the kind of read better (DOWNLOAD for a document made from the record).
     */
    public void record(OffsetDateTime occurredAt, String actor, String action, String resourceType,
            String resourceId) {
        Line line = new Line(occurredAt, actor, action, resourceType, resourceId, new CompletableFuture<>());
        if (!running || !queue.offer(line)) {
            throw unavailable();
        }
        try {
            line.committed().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "audit-unavailable", "Service unavailable",
                "The read could not be recorded in the audit log, so nothing is served; try again later");
    }

    private void run() {
        List<Line> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Line first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (RuntimeException e) {
                // Never let the writer die: fail what it held, go on with the next lines.
                Log.errorf("audit writer: %s", e.getClass().getName());
                batch.forEach(l -> l.committed().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        Line left;
        while ((left = queue.poll()) != null) {
            left.committed().completeExceptionally(new IllegalStateException("shutting down"));
        }
    }

    private void write(List<Line> batch) {
        try {
            insert(batch);
            batch.forEach(l -> l.committed().complete(null));
            return;
        } catch (SQLException e) {
            // Never log the SQL message: it may quote what the line names.
            Log.warnf("audit: a batch of %d read lines failed (%s, SQLState %s); writing them one by one",
                    batch.size(), e.getClass().getSimpleName(), e.getSQLState());
        }
        for (Line line : batch) {
            try {
                insert(List.of(line));
                line.committed().complete(null);
            } catch (SQLException e) {
                Log.errorf("audit: a read line of %s could not be written (SQLState %s); the read is refused",
                        line.resourceType(), e.getSQLState());
                line.committed().completeExceptionally(e);
            }
        }
    }

    /** All lines in one statement, committed on its own: together or not at all. */
    private void insert(List<Line> lines) throws SQLException {
        int n = lines.size();
        String[] at = new String[n];
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] types = new String[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            at[i] = line.occurredAt().toString();
            actors[i] = line.actor();
            actions[i] = line.action();
            types[i] = line.resourceType();
            ids[i] = line.resourceId();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("the audit writer needs an autocommit connection");
            }
            insert.setArray(1, connection.createArrayOf("text", at));
            insert.setArray(2, connection.createArrayOf("text", actors));
            insert.setArray(3, connection.createArrayOf("text", actions));
            insert.setArray(4, connection.createArrayOf("text", types));
            insert.setArray(5, connection.createArrayOf("text", ids));
            insert.executeUpdate();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
