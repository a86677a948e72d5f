package id.go.bartim.pelatihan.platform.messaging;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventProcessorTest {

    @Test
    void a_database_that_is_down_or_a_lost_race_is_transient() {
        assertTrue(EventProcessor.isTransient(new PersistenceException(new SQLException("down", "08006"))));
        assertTrue(EventProcessor.isTransient(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(EventProcessor.isTransient(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertTrue(EventProcessor.isTransient(new PersistenceException(new SQLException("shutdown", "57P01"))));
    }

    @Test
    void a_pool_or_server_out_of_resources_is_transient() {
        // Agroal: an acquisition timeout, a closed pool: no SQLState
        assertTrue(EventProcessor.isTransient(new PersistenceException(
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(EventProcessor.isTransient(new PersistenceException(new SQLException("too many", "53300"))));
        assertTrue(EventProcessor.isTransient(new PersistenceException(new SQLException("read only", "25006"))));
        assertTrue(EventProcessor.isTransient(new RuntimeException(new java.util.concurrent.TimeoutException())));
    }

    @Test
    void bad_data_is_not_transient() {
        assertFalse(EventProcessor.isTransient(new PersistenceException(new SQLException("too long", "22001"))));
        assertFalse(EventProcessor.isTransient(new PersistenceException(new SQLException("check", "23514"))));
    }

    @Test
    void a_constraint_violation_or_a_bug_is_not_transient() {
        assertFalse(EventProcessor.isTransient(new PersistenceException(new SQLException("dup", "23505"))));
        assertFalse(EventProcessor.isTransient(new IllegalStateException("bug")));
    }
}
