package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.problem.ProblemException;
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

/**
 * Peserta: an inmate's place in a training class, as the rutan sees it. Its transitions are the
 * methods below; anything else is refused with 409.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

    /**
     * A new request's row, written without Hibernate so that {@link Enrollments#enroll} sends it with its event,
     * its audit line and the seat in one round trip; the values are {@link #insertValues()}, in this order. The
     * columns a request leaves empty are null, version 0: what Hibernate would insert.
     */
    static final String INSERT = "insert into enrollment (id, class_id, inmate_id, program_code, status,"
            + " requested_at, requested_on, version) values (?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    public UUID id;

    @Column(name = "class_id", nullable = false)
    public UUID classId;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** The WIB day of the request: sessions before it are not this trainee's absences. */
    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    @Column(name = "assessor_name")
    public String assessorName;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note")
    public String withdrawalNote;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Version
    public long version;

    static Enrollment request(UUID classId, UUID inmateId, String programCode, OffsetDateTime now) {
        Enrollment e = new Enrollment();
        e.id = UUID.randomUUID();
        e.classId = classId;
        e.inmateId = inmateId;
        e.programCode = programCode;
        e.status = EnrollmentStatus.PENDING;
        e.requestedAt = now;
        e.requestedOn = now.toLocalDate();
        return e;
    }

    /** The values of {@link #INSERT}, for a new request. */
    Object[] insertValues() {
        return new Object[] {id, classId, inmateId, programCode, status.name(), requestedAt, requestedOn, version};
    }

    void accept(OffsetDateTime decidedAt) {
        require(EnrollmentStatus.PENDING, "accepted");
        status = EnrollmentStatus.ACCEPTED;
        this.decidedAt = decidedAt;
    }

    void reject(String reason, OffsetDateTime decidedAt) {
        require(EnrollmentStatus.PENDING, "rejected");
        status = EnrollmentStatus.REJECTED;
        rejectionReason = reason;
        this.decidedAt = decidedAt;
    }

    void withdraw(WithdrawalReason reason, String note, LocalDate on) {
        if (!status.holdsSeat()) {
            throw transitionRefused("withdrawn");
        }
        status = EnrollmentStatus.WITHDRAWN;
        withdrawalReason = reason;
        withdrawalNote = note;
        withdrawnOn = on;
    }

    /** COMPETENT needs the attendance rate to reach the program's minimum (SPEC 3). */
    void complete(Outcome outcome, LocalDate assessedOn, String assessorName, BigDecimal rate, int minPercent) {
        require(EnrollmentStatus.ACCEPTED, "completed");
        if (outcome == Outcome.COMPETENT && rate.compareTo(BigDecimal.valueOf(minPercent)) < 0) {
            throw ProblemException.rule("attendance-below-minimum", "Attendance below minimum",
                    "Attendance rate " + rate + "% is below the program's minimum of " + minPercent + "%");
        }
        this.outcome = outcome;
        this.assessedOn = assessedOn;
        this.assessorName = assessorName;
        status = outcome == Outcome.COMPETENT ? EnrollmentStatus.COMPLETED : EnrollmentStatus.NOT_COMPETENT;
    }

    void recordCertificate(String number) {
        require(EnrollmentStatus.COMPLETED, "certified");
        certificateNumber = number;
    }

    private void require(EnrollmentStatus expected, String verb) {
        if (status != expected) {
            throw transitionRefused(verb);
        }
    }

    private ProblemException transitionRefused(String verb) {
        return ProblemException.conflict("transition-not-allowed",
                "Enrollment " + id + " is " + status + " and cannot be " + verb);
    }
}
