package id.go.bartim.pelatihan.platform.persistence;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailuresTest {

    @Test
    void a_failure_is_described_by_its_sqlstate_and_constraint_but_never_its_message() {
        SQLException cause = new SQLException("Key (nik)=(6204011503900001) already exists", "23505");
        assertEquals("PersistenceException (23505 participant_nik)", Failures.describe(new PersistenceException(
                new ConstraintViolationException("insert failed: 6204011503900001", cause, "participant_nik"))));
        assertEquals("PersistenceException (08006)",
                Failures.describe(new PersistenceException(new SQLException("down", "08006"))));
        assertEquals("IllegalStateException", Failures.describe(new IllegalStateException("a bug")));
    }
}
