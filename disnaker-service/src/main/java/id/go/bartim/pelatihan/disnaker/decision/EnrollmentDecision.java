package id.go.bartim.pelatihan.disnaker.decision;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.disnaker.quota.QuotaRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Disnaker's record of one enrollment it decided, keyed by rutan's enrollment id. */
@Entity
@Table(name = "enrollment_decision")
public class EnrollmentDecision extends PanacheEntityBase {

    /** The resource type of the audit lines about a decision; their resource id is the enrollment id. */
    public static final String AUDIT_TYPE = "enrollment-decision";

    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    /** The person; empty only on an INVALID_REQUEST rejection, whose participant data broke a rule. */
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "class_id", nullable = false)
    public UUID classId;

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Column(name = "class_start_date", nullable = false)
    public LocalDate classStartDate;

    @Column(name = "class_end_date", nullable = false)
    public LocalDate classEndDate;

    @Column(name = "partner_code", nullable = false)
    public String partnerCode;

    /** The quota year: the year the class starts. */
    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    public String outcome;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    @Column(name = "hours_total")
    public Integer hoursTotal;

    @Column(name = "hours_attended")
    public Integer hoursAttended;

    @Column(name = "attendance_rate")
    public BigDecimal attendanceRate;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    static EnrollmentDecision decide(EnrollmentRequested request, UUID participantId, String rejectionReason,
                                     OffsetDateTime now) {
        EnrollmentDecision d = new EnrollmentDecision();
        d.enrollmentId = request.enrollmentId();
        d.participantId = participantId;
        d.classId = request.classId();
        d.programCode = request.programCode();
        d.classStartDate = request.classStartDate();
        d.classEndDate = request.classEndDate();
        d.partnerCode = request.partnerCode();
        d.year = QuotaRules.yearOf(request);
        d.status = rejectionReason == null ? DecisionStatus.ACCEPTED : DecisionStatus.REJECTED;
        d.rejectionReason = rejectionReason;
        d.decidedAt = now;
        d.updatedAt = now;
        return d;
    }

    boolean isAccepted() {
        return status == DecisionStatus.ACCEPTED;
    }

    void withdraw(String reason, LocalDate on, OffsetDateTime now) {
        status = DecisionStatus.WITHDRAWN;
        withdrawalReason = reason;
        withdrawnOn = on;
        updatedAt = now;
    }

    void complete(TrainingCompleted completed, OffsetDateTime now) {
        outcome = completed.outcome();
        assessedOn = completed.assessedOn();
        if (completed.attendance() != null) {
            hoursTotal = completed.attendance().hoursTotal();
            hoursAttended = completed.attendance().hoursAttended();
            attendanceRate = completed.attendance().rate();
        }
        status = isCompetent() ? DecisionStatus.COMPLETED : DecisionStatus.NOT_COMPETENT;
        updatedAt = now;
    }

    boolean isCompetent() {
        return TrainingCompleted.COMPETENT.equals(outcome);
    }
}
