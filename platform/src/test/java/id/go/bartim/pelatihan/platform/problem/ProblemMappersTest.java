package id.go.bartim.pelatihan.platform.problem;

import id.go.bartim.pelatihan.platform.domain.Refusal;
import id.go.bartim.pelatihan.platform.domain.Refused;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.UnsatisfiedResolutionException;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    private final ProblemMappers mappers = mappers();

    /** As CDI makes them in a module without a problem table (platform alone): no constraint names a refusal. */
    private static ProblemMappers mappers() {
        ProblemMappers mappers = new ProblemMappers();
        mappers.problemTable = new TableInstance(null);
        return mappers;
    }

    @Test
    void an_unexpected_failure_is_a_500_without_details() {
        Response response = mappers.unexpected(new IllegalStateException("secret 6204015203900002"));

        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertTrue(!problem.detail().contains("6204"), "no internals leak into the answer");
    }

    @Test
    void a_database_out_of_reach_is_a_503_to_retry_not_a_500() {
        // What Hibernate throws when the connection broke (08006), and a plain JDBC read's failure as it comes.
        var broken = new org.hibernate.exception.JDBCConnectionException("select",
                new PSQLException("An I/O error occurred", org.postgresql.util.PSQLState.CONNECTION_FAILURE));
        var shutDown = new RuntimeException(new PSQLException(new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0")));

        for (Response response : new Response[] {mappers.persistence(broken), mappers.unexpected(shutDown)}) {
            Problem problem = (Problem) response.getEntity();
            assertEquals(503, response.getStatus());
            assertEquals("5", response.getHeaderString("Retry-After"));
            assertTrue(problem.type().endsWith("/database-unavailable"), problem.type());
        }
        var otherwise = new jakarta.persistence.PersistenceException(new PSQLException(new ServerErrorMessage(
                "SERROR\0C42P01\0Mrelation does not exist\0")));
        assertEquals(500, mappers.persistence(otherwise).getStatus());
        var protocol = new jakarta.persistence.PersistenceException(new PSQLException("protocol violation",
                org.postgresql.util.PSQLState.PROTOCOL_VIOLATION));
        assertEquals(500, mappers.persistence(protocol).getStatus(), "08P01 is a bug, not an outage");
    }

    @Test
    void a_transaction_chosen_to_end_a_deadlock_is_a_503_to_retry_not_a_500() {
        // Two writers locking the same rows in opposite orders: PostgreSQL rolls one back whole (40P01); likewise a
        // serialization conflict (40001) and a lock wait that timed out (55P03)
        for (String state : List.of("40P01", "40001", "55P03")) {
            var failure = new jakarta.persistence.PessimisticLockException(new PSQLException(new ServerErrorMessage(
                    "SERROR\0C" + state + "\0Mdeadlock detected\0")));

            Response response = mappers.persistence(failure);

            assertEquals(503, response.getStatus(), state);
            assertEquals("5", response.getHeaderString("Retry-After"), state);
        }
    }

    @Test
    void a_check_the_service_names_is_its_refusal_and_any_other_check_a_500() {
        // A trigger that backs a rule up in a race raises 23514 with its constraint's name
        ProblemMappers withTable = new ProblemMappers();
        withTable.problemTable = new TableInstance(new ProblemTable() {
            @Override
            public ProblemException problemFor(Refused refused) {
                return ProblemException.conflict("session-cancelled", refused.getMessage());
            }

            @Override
            public Refused forConstraint(String name) {
                return "attendance_on_cancelled_session".equals(name)
                        ? new Refused(Code.SESSION_CANCELLED, "The session is cancelled") : null;
            }
        });
        var named = new jakarta.persistence.PersistenceException(new PSQLException(new ServerErrorMessage(
                "SERROR\0C23514\0Mattendance on a cancelled session\0nattendance_on_cancelled_session\0")));
        var other = new jakarta.persistence.PersistenceException(new PSQLException(new ServerErrorMessage(
                "SERROR\0C23514\0Mnew row violates check constraint\0nsome_check\0")));

        Response answered = withTable.persistence(named);
        assertEquals(409, answered.getStatus());
        assertTrue(((Problem) answered.getEntity()).type().endsWith("/session-cancelled"));
        assertEquals(500, withTable.persistence(other).getStatus());
        assertEquals(500, mappers.persistence(named).getStatus(), "no table names it");
    }

    /** A refusal code of the test's table. */
    private enum Code implements Refusal {
        SESSION_CANCELLED
    }

    @Test
    void a_duplicate_found_at_commit_is_a_409_not_a_500() {
        // What a unique violation raised by the commit's flush looks like: the transaction's RollbackException
        // around Hibernate's exception around the driver's
        var driver = new PSQLException(new ServerErrorMessage(
                "SERROR\0C23505\0Mduplicate key value violates unique constraint\0nsome_unique_key\0"));
        var rollback = new RollbackException("commit failed");
        rollback.initCause(new org.hibernate.exception.ConstraintViolationException("flush", driver, "some_unique_key"));

        Response response = mappers.unexpected(new RuntimeException(rollback));

        Problem problem = (Problem) response.getEntity();
        assertEquals(409, response.getStatus());
        assertTrue(problem.type().endsWith("/conflict"), problem.type());
    }

    /**
     * The {@code Instance<ProblemTable>} CDI injects: of a service's table, or unsatisfied (null) where no service
     * defines one, as in platform alone.
     */
    private record TableInstance(ProblemTable table) implements Instance<ProblemTable> {

        @Override
        public ProblemTable get() {
            if (table == null) {
                throw new UnsatisfiedResolutionException("no ProblemTable");
            }
            return table;
        }

        @Override
        public Iterator<ProblemTable> iterator() {
            return table == null ? Collections.emptyIterator() : List.of(table).iterator();
        }

        @Override
        public Instance<ProblemTable> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ProblemTable> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ProblemTable> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return table == null;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public void destroy(ProblemTable instance) {
        }

        @Override
        public Handle<ProblemTable> getHandle() {
            throw new UnsatisfiedResolutionException("no ProblemTable");
        }

        @Override
        public Iterable<Handle<ProblemTable>> handles() {
            return List.of();
        }
    }
}
