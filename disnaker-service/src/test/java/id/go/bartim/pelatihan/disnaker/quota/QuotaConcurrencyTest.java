package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.disnaker.decision.Decisions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.testing.RowLocks;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.freshYear;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.program;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.quota;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.requestedJson;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.target;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.viewer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Races on the quota and the certificate numbers. Events spread over the topic's partitions are
 * consumed by three concurrent consumers (the channel's concurrency), so decisions of one year
 * really do run at the same time.
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class QuotaConcurrencyTest {

    @Inject
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    ObjectMapper mapper;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void forty_people_racing_for_ten_slots_give_exactly_ten_accepted() {
        int year = freshYear();
        target(year, 10);
        String code = program();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(request(person(i % 2 == 0), code, year));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> decided(year) == 40);
        assertEquals(10, count(year, "ACCEPTED"));
        assertEquals(30, count(year, "REJECTED"));
        assertEquals(30, viewer().queryParam("year", year).queryParam("status", "REJECTED").queryParam("size", 100)
                .get("/api/v1/enrollments").jsonPath().getList("items.findAll { it.rejectionReason == 'QUOTA_EXHAUSTED' }").size());
        JsonPath q = quota(year);
        assertEquals(10, q.getInt("reserved"));
        assertEquals(0, q.getInt("available"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void forty_decisions_running_at_the_same_moment_accept_exactly_ten() throws Exception {
        int year = freshYear();
        target(year, 10);
        String code = program();
        List<EnrollmentRequested> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(mapper.readValue(requestedJson(UUID.randomUUID().toString(), person(true), code, year,
                    "RUTAN-TML"), EnrollmentRequested.class));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<?>> done = new ArrayList<>();
        for (EnrollmentRequested r : requests) {
            done.add(pool.submit(() -> {
                start.await();
                QuarkusTransaction.requiringNew().run(() -> decide(r));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertEquals(10, count(year, "ACCEPTED"));
        assertEquals(30, count(year, "REJECTED"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void fifty_concurrent_competent_completions_get_certificates_1_to_50_without_gap() {
        int year = freshYear();
        String code = program();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(request(person(true), code, year));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(year, "ACCEPTED") == 50);
        ids.forEach(id -> complete(id, "COMPETENT"));

        await().atMost(Duration.ofSeconds(60)).until(() -> count(year, "COMPLETED") == 50);
        @SuppressWarnings("unchecked")
        List<String> numbers = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select number from certificate where year = :year order by sequence")
                .setParameter("year", year).getResultList());
        List<String> expected = IntStream.rangeClosed(1, 50)
                .mapToObj(n -> "DISNAKERTRANS-BARTIM/%s/%d/%06d".formatted(code, year, n)).toList();
        assertEquals(expected, numbers);
        assertEquals(50, quota(year).getInt("trained"));
        awaitDecision(ids.get(0), "COMPLETED");
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void a_request_holds_the_years_lock_before_it_waits_for_the_persons_row() throws Exception {
        int year = freshYear();
        String code = program();
        var person = person(true);
        EnrollmentRequested first = mapper.readValue(requestedJson(UUID.randomUUID().toString(), person, code, year,
                "RUTAN-TML"), EnrollmentRequested.class);
        QuarkusTransaction.requiringNew().run(() -> decide(first));
        // The same person's second enrollment, on another partition: another consumer decides it
        EnrollmentRequested second = mapper.readValue(requestedJson(UUID.randomUUID().toString(), person, code, year,
                "RUTAN-TML"), EnrollmentRequested.class);
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from participant where nik = ? for update")) {
                lock.setString(1, person.nik());
                lock.executeQuery().close();
            }
            Future<?> deciding = consumer.submit(() -> QuarkusTransaction.requiringNew().run(() -> decide(second)));
            RowLocks.awaitBlockedBy(holder, dataSource);

            // While it waits for the person's row it already holds the year's: whoever holds the person's row
            // and then asks for the year (the first lock of every decision) cannot close a cycle with it
            try (Connection probe = dataSource.getConnection();
                 PreparedStatement yearLock = probe.prepareStatement(
                         "select 1 from quota_year where year = ? for update nowait")) {
                yearLock.setInt(1, year);
                SQLException refused = assertThrows(SQLException.class, yearLock::executeQuery);
                assertEquals("55P03", refused.getSQLState(), refused.getMessage());
            }
            holder.rollback();
            deciding.get(30, TimeUnit.SECONDS);
        } finally {
            consumer.shutdownNow();
        }
        assertEquals(2, count(year, "ACCEPTED"));
        assertEquals(1, quota(year).getInt("reserved"));
        QuotaInvariants.assertHold(em, year);
    }

    @Test
    void two_batches_taking_the_same_two_years_in_opposite_orders_take_turns_instead_of_deadlocking() throws Exception {
        int early = freshYear();
        int late = freshYear();
        String code = program();
        // Two consumers' batches around New Year: one decides an enrollment of each year, the other the same years
        // the other way round. Each batch is one transaction, as EnrollmentEventConsumer runs it.
        EnrollmentRequested firstEarly = requested(code, early);
        EnrollmentRequested firstLate = requested(code, late);
        EnrollmentRequested secondLate = requested(code, late);
        EnrollmentRequested secondEarly = requested(code, early);
        CompletableFuture<Integer> firstBackend = new CompletableFuture<>();
        CompletableFuture<Integer> secondBackend = new CompletableFuture<>();
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = consumers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                decide(firstEarly);
                firstBackend.complete(backendPid());
                awaitQuietly(secondWaits);
                decide(firstLate);
            }));
            int firstPid = firstBackend.get(30, TimeUnit.SECONDS);
            Future<?> second = consumers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                secondBackend.complete(backendPid());
                decide(secondLate);
                decide(secondEarly);
            }));
            // Without the ledger's lock the second batch would now hold the late year and wait for the early one;
            // with it, it waits before taking any year. Either way it waits for the first batch.
            RowLocks.awaitBlockedBy(secondBackend.get(30, TimeUnit.SECONDS), firstPid, dataSource);
            secondWaits.countDown();
            // A deadlock would abort one of the two transactions (40P01): its get() would throw
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            secondWaits.countDown();
            consumers.shutdownNow();
        }
        assertEquals(2, count(early, "ACCEPTED"));
        assertEquals(2, count(late, "ACCEPTED"));
        QuotaInvariants.assertHold(em, early);
        QuotaInvariants.assertHold(em, late);
    }

    /** Decides a request as the consumer does: acting as the event that asked, so its audit lines name it. */
    private void decide(EnrollmentRequested r) {
        decisions.requestedAll(List.of(new Decisions.Requested(r, CurrentActor.Acting.event("/tests", UUID.randomUUID()))));
    }

    private EnrollmentRequested requested(String code, int year) throws Exception {
        return mapper.readValue(requestedJson(UUID.randomUUID().toString(), person(true), code, year, "RUTAN-TML"),
                EnrollmentRequested.class);
    }

    /** The PostgreSQL backend serving the current transaction. */
    private int backendPid() {
        return ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other batch never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int decided(int year) {
        return count(year, "ACCEPTED") + count(year, "REJECTED");
    }

    private int count(int year, String status) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from enrollment_decision where year = :year and status = :status")
                .setParameter("year", year).setParameter("status", status).getSingleResult()).intValue());
    }
}
