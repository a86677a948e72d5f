package id.go.bartim.pelatihan.disnaker.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.platform.messaging.BatchHandler;
import id.go.bartim.pelatihan.platform.messaging.EventProcessor;
import id.go.bartim.pelatihan.platform.messaging.IncomingEvent;
import id.go.bartim.pelatihan.platform.messaging.PoisonMessageException;
import id.go.bartim.pelatihan.platform.messaging.ReplayableConsumer;
import id.go.bartim.pelatihan.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Consumes {@code rutan.enrollments.v1} a polled batch at a time, one transaction per batch (one
 * commit and one hold of the quota-year lock for many decisions): idempotent by {@code ce_id},
 * per-key order kept, poison parked on the DLQ without holding up the rest of the batch. Consecutive
 * requests are held back and decided together ({@link Decisions#requestedAll}) when the processor says
 * {@link #flush()} or before a withdrawal or completion, so a batch costs a handful of round trips. A request it
 * could read but keeps failing to decide is rejected INVALID_REQUEST ({@link #cannotApply}), so every
 * request the rutan accepted gets a decision (SPEC 8).
 */
@ApplicationScoped
public class EnrollmentEventConsumer implements BatchHandler, ReplayableConsumer {

    static final String CONSUMER = "disnaker.enrollments";

    /** The key of the requests a transaction holds back until {@link #flush()}. */
    private enum Held {
        KEY
    }

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    EventProcessor processor;

    @Inject
    ObjectMapper mapper;

    @Inject
    Decisions decisions;

    @Incoming("enrollments")
    @Blocking
    public void onBatch(ConsumerRecords<String, String> records) {
        processor.processBatch(CONSUMER, records, this, this::cannotApply);
    }

    @Override
    public String topic() {
        return Topics.ENROLLMENTS;
    }

    @Override
    public EventProcessor.Outcome replay(ConsumerRecord<String, String> record) {
        return processor.replay(CONSUMER, record, this, this::cannotApply);
    }

    /** A request is held back, checked and with the event that asked; anything else is applied after the held ones. */
    @Override
    public void accept(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.ENROLLMENT_REQUESTED -> {
                EnrollmentRequested r = requestOf(event);
                keyed(event, r.enrollmentId());
                RequestedEvents.requireRecordable(r);
                held().add(new Decisions.Requested(r, CurrentActor.acting().orElseThrow()));
            }
            case EventTypes.ENROLLMENT_WITHDRAWN -> {
                EnrollmentWithdrawn w = event.data(mapper, EnrollmentWithdrawn.class);
                keyed(event, w.enrollmentId());
                flush();
                decisions.withdrawn(w);
            }
            case EventTypes.TRAINING_COMPLETED -> {
                TrainingCompleted c = event.data(mapper, TrainingCompleted.class);
                keyed(event, c.enrollmentId());
                flush();
                decisions.completed(c);
            }
            default -> throw new PoisonMessageException("unknown ce_type " + event.type());
        }
    }

    /** Decides the requests held back in this transaction, in the order they came. */
    @Override
    public void flush() {
        @SuppressWarnings("unchecked")
        List<Decisions.Requested> held = (List<Decisions.Requested>) transaction.getResource(Held.KEY);
        if (held == null || held.isEmpty()) {
            return;
        }
        List<Decisions.Requested> batch = List.copyOf(held);
        held.clear();
        decisions.requestedAll(batch);
    }

    /**
     * The requests this transaction holds back; a transaction that would commit with some still held is rolled back
     * instead, so no request is acknowledged undecided.
     */
    private List<Decisions.Requested> held() {
        @SuppressWarnings("unchecked")
        List<Decisions.Requested> held = (List<Decisions.Requested>) transaction.getResource(Held.KEY);
        if (held == null) {
            List<Decisions.Requested> created = new ArrayList<>();
            transaction.putResource(Held.KEY, created);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (!created.isEmpty()) {
                        Log.errorf("%d request(s) held back were never decided: the transaction is rolled back",
                                created.size());
                        transaction.setRollbackOnly();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    created.clear();
                }
            });
            held = created;
        }
        return held;
    }

    /**
     * The request; one whose participant cannot be bound (a NUL in the name, a number for the NIK: nothing the rutan
     * sends) is read without it, so {@link Decisions#requestedAll} rejects it INVALID_REQUEST instead of it waiting on
     * the DLQ while the rutan shows it PENDING (SPEC 8). An event that cannot be read even so is poison.
     */
    private EnrollmentRequested requestOf(IncomingEvent event) {
        try {
            return event.data(mapper, EnrollmentRequested.class);
        } catch (PoisonMessageException unreadable) {
            return event.dataWithout(mapper, EnrollmentRequested.class, "participant");
        }
    }

    /**
     * The last resort for an event {@link #accept} keeps failing on (text PostgreSQL cannot store, say): a request is
     * rejected INVALID_REQUEST without its participant; anything else goes to the DLQ.
     */
    void cannotApply(IncomingEvent event) {
        if (!EventTypes.ENROLLMENT_REQUESTED.equals(event.type())) {
            throw new PoisonMessageException("no last resort for " + event.type());
        }
        EnrollmentRequested r = requestOf(event);
        keyed(event, r.enrollmentId());
        decisions.reject(r);
    }

    private static void keyed(IncomingEvent event, UUID enrollmentId) {
        if (enrollmentId == null || !enrollmentId.toString().equals(event.key())) {
            throw new PoisonMessageException("record key does not match enrollmentId");
        }
    }
}
