package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.contract.EventTypes;
import id.go.bartim.pelatihan.contract.Topics;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.platform.outbox.Outbox;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.rutan.attendance.AttendanceSummary;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rutan tells disnaker about enrollments, written to the outbox in the caller's
 * transaction. Only the participant fields of SPEC 5 leave the rutan: no custody status, no case,
 * no cell block, no release date.
 */
@ApplicationScoped
public class EnrollmentEvents {

    /**
     * Who this rutan is to disnaker. Its prefix {@code app} is shared with the platform's mappings ({@code app.outbox},
     * {@code app.security}, ...); it maps {@code app.partner-code} alone.
     */
    @ConfigMapping(prefix = "app")
    public interface PartnerConfig {

        /** The partner code sent with every enrollment request (SPEC 5). */
        @WithDefault("RUTAN-TML")
        String partnerCode();
    }

    @Inject
    Outbox outbox;

    @Inject
    PartnerConfig partner;

    /** Added to the round that sends the request's row (one round trip for both). */
    void requested(PlainStatements.Round round, Enrollment e, RequestFacts p) {
        outbox.append(round, Topics.ENROLLMENTS, e.id.toString(), EventTypes.ENROLLMENT_REQUESTED, payload(e, p));
    }

    private EnrollmentRequested payload(Enrollment e, RequestFacts p) {
        var participant = new EnrollmentRequested.Participant(p.inmateId().toString(), p.fullName(), p.nik(),
                p.birthDate(), p.sex(), p.educationLevel());
        return new EnrollmentRequested(e.id, p.classId(), p.programCode(), p.startDate(), p.endDate(),
                partner.partnerCode(), participant);
    }

    /** The events of a batch's new requests (SPEC 10), added to their round as one insert. */
    void requestedAll(PlainStatements.Round round, List<Enrollments.Requested> batch, Map<UUID, RequestFacts> facts) {
        outbox.appendAll(round, Topics.ENROLLMENTS, EventTypes.ENROLLMENT_REQUESTED, batch.stream()
                .map(r -> new Outbox.Keyed(r.enrollment().id.toString(),
                        payload(r.enrollment(), facts.get(r.enrollment().inmateId))))
                .toList());
    }

    void withdrawn(Enrollment e) {
        publish(e, EventTypes.ENROLLMENT_WITHDRAWN,
                new EnrollmentWithdrawn(e.id, e.withdrawalReason.name(), e.withdrawnOn));
    }

    void completed(Enrollment e, AttendanceSummary attendance) {
        publish(e, EventTypes.TRAINING_COMPLETED, new TrainingCompleted(e.id, e.outcome.name(), e.assessedOn,
                new TrainingCompleted.Attendance(attendance.hoursTotal(), attendance.hoursAttended(),
                        attendance.rate())));
    }

    private void publish(Enrollment e, String type, Object payload) {
        outbox.append(Topics.ENROLLMENTS, e.id.toString(), type, payload);
    }
}
