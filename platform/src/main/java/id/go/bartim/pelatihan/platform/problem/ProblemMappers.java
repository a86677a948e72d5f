package id.go.bartim.pelatihan.platform.problem;

import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.domain.Refused;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into problem+json: no stack trace, no HTML page, no 500 for bad input. */
public class ProblemMappers {

    @Inject
    Instance<ProblemTable> problemTable;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    /** A rule of the domain refused the request: the service's problem table says which problem that is. */
    @ServerExceptionMapper
    public Response refused(Refused e) {
        return respond(problemFor(e).toProblem());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return respond(new Problem(Problem.TYPE_BASE + "not-found", "Not found", 404, e.getMessage(), null));
    }

    private ProblemException problemFor(Refused e) {
        if (problemTable.isResolvable()) {
            return problemTable.get().problemFor(e);
        }
        return ProblemException.rule(e.refusal().code(), "Refused", e.getMessage());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(new Problem(Problem.TYPE_BASE + "validation-failed", "Validation failed", 400,
                errors.size() + " field(s) failed validation", errors));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your token does not carry a role that allows this operation", null));
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return respond(ProblemException.preconditionFailed(
                "The resource was changed by someone else; read it again and retry").toProblem());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return stale(null);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        Response conflict = constraintConflict(e);
        if (conflict != null) {
            return conflict;
        }
        // Never echo the SQL message: it may quote personal data.
        SQLException sql = sqlCause(e);
        Log.errorf("Persistence failure %s (SQLState %s)", e.getClass().getSimpleName(), sql == null ? null : sql.getSQLState());
        return databaseUnavailable(sql) ? unavailable() : serverError();
    }

    /**
     * 409 when a constraint, not the code, caught a duplicate or a dangling reference (a race), with the problem
     * type the service gives that constraint; null for any other failure. Also for one found at commit, which
     * arrives wrapped in the transaction's RollbackException rather than as a PersistenceException. A check (23514)
     * is answered only when the service's table names it (a trigger that backs a rule up in a race); any other is a
     * bug, a 500.
     */
    private Response constraintConflict(Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        if (!"23505".equals(state) && !"23503".equals(state) && !"23514".equals(state)) {
            return null;
        }
        String constraint = constraintName(e);
        Refused refused = constraint == null || !problemTable.isResolvable()
                ? null : problemTable.get().forConstraint(constraint);
        if (refused != null) {
            return respond(problemFor(refused).toProblem());
        }
        if ("23514".equals(state)) {
            return null;
        }
        return respond(ProblemException.conflict("conflict",
                "The request conflicts with the current state of the resource").toProblem());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return JsonProblems.answer(json);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(redacted(e), "Server error %d", status);
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "HTTP " + status : info.getReasonPhrase();
        String code = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = status == 404 ? "No resource at this address" : title;
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + code, title, status, detail, null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        if (status == 503 && e.getResponse().getHeaderString("Retry-After") == null) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        Response conflict = constraintConflict(e);
        if (conflict != null) {
            return conflict;
        }
        Log.errorf(redacted(e), "Unexpected failure %s", e.getClass().getName());
        return databaseUnavailable(sqlCause(e)) ? unavailable() : serverError();
    }

    /** The stack of a failure without its messages, which may quote personal data (a NIK, a name). */
    static Throwable redacted(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName() + " (message withheld)");
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e) {
            copy.initCause(redacted(e.getCause()));
        }
        return copy;
    }

    /**
     * The database could not be reached or refused the connection (SQLState class 08 but 08P01, a protocol
     * violation; 57P01–57P03, shut down or starting; 53300, too many connections), or the connection pool gave
     * none within its acquisition timeout (every connection busy, or a new one not made in time: Agroal's own
     * SQLException, without a SQLState), or chose this transaction to end a deadlock or a serialization conflict
     * (40P01, 40001) or a lock wait that timed out (55P03), which rolled it back whole: the same request may succeed
     * later. Lost during a commit, the write's outcome is unknown: hence a retry with the same Idempotency-Key.
     */
    static boolean databaseUnavailable(SQLException sql) {
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return fromThePool(sql);
        }
        return (state.startsWith("08") && !state.equals("08P01")) || state.matches("57P0[123]")
                || state.equals("53300") || state.equals("40P01") || state.equals("40001") || state.equals("55P03");
    }

    private static boolean fromThePool(SQLException sql) {
        StackTraceElement[] stack = sql.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("io.agroal.");
    }

    private static Response unavailable() {
        return respond(new Problem(Problem.TYPE_BASE + "database-unavailable", "Service unavailable", 503,
                "The database cannot be reached, or is fully busy, just now; the request may not have been applied: "
                        + "try again later (a POST with the same Idempotency-Key)", null));
    }

    private static Response serverError() {
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal server error", 500,
                "The server could not complete the request; it has been logged", null));
    }

    private static Response unauthorized() {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required", null))
                .build();
    }

    /** A 503 of ours always means "try again later": it says when (RFC 9110 10.2.3). */
    static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                // A field of an element of a list: the index belongs to the element, before the field
                // ([2].note of a list body, items[2].note of a list property), not after it
                case PROPERTY -> names.add(node.isInIterable() && node.getIndex() != null
                        ? "[" + node.getIndex() + "]." + node.getName() : node.getName());
                default -> names.add(node.getIndex() != null && node.getName() == null
                        ? "[" + node.getIndex() + "]"
                        : node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names).replace(".[", "[");
    }

    /**
     * The violated constraint's name: from PostgreSQL's error field (whatever the server's message language),
     * else as Hibernate read it from the message text; null if neither has it.
     */
    private static String constraintName(Throwable e) {
        String fromHibernate = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
            if (fromHibernate == null && t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                fromHibernate = violation.getConstraintName();
            }
        }
        return fromHibernate;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
