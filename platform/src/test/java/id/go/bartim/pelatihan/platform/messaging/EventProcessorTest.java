package id.go.bartim.pelatihan.platform.messaging;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void a_failure_is_logged_with_its_sqlstate_and_constraint_but_never_its_message() {
        SQLException cause = new SQLException("Key (nik)=(6204011503900001) already exists", "23505");
        String described = EventProcessor.described(new PersistenceException(
                new ConstraintViolationException("insert failed: 6204011503900001", cause, "participant_nik")));
        assertEquals("PersistenceException (23505 participant_nik)", described);
        assertEquals("PersistenceException (08006)",
                EventProcessor.described(new PersistenceException(new SQLException("down", "08006"))));
        assertEquals("IllegalStateException", EventProcessor.described(new IllegalStateException("a bug")));
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
