package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;
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
 * Peserta: an inmate's place in a training class, as the rutan sees it. Its changes are the methods below, each
 * held to {@link EnrollmentRules}; a request is written and a decision applied by {@link EnrollmentStore}.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

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
    @Column(name = "certificate_status")
    public CertificateStatus certificateStatus;

    @Column(name = "certificate_revoked_on")
    public LocalDate certificateRevokedOn;

    /** Disnaker's officer's words: free text, cleared when the inmate is anonymised. */
    @Column(name = "certificate_revocation_reason")
    public String certificateRevocationReason;

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

    void withdraw(WithdrawalReason reason, String note, LocalDate on) {
        moveTo(EnrollmentStatus.WITHDRAWN);
        withdrawalReason = reason;
        withdrawalNote = note;
        withdrawnOn = on;
    }

    /** The assessment at the end of the class ({@link EnrollmentRules#refusalOfCompletion}). */
    void complete(Outcome outcome, LocalDate assessedOn, String assessorName, BigDecimal rate, int minPercent) {
        EnrollmentRules.refusalOfCompletion(id, status, outcome, rate, minPercent).ifPresent(refused -> {
            throw refused;
        });
        this.outcome = outcome;
        this.assessedOn = assessedOn;
        this.assessorName = assessorName;
        status = outcome.status();
    }

    /** Disnaker's certificate for a COMPLETED enrollment. */
    void recordCertificate(String number) {
        if (status != EnrollmentStatus.COMPLETED) {
            throw new Refused(RutanRefusal.TRANSITION_NOT_ALLOWED,
                    "Enrollment " + id + " is " + status + " and cannot be certified");
        }
        certificateNumber = number;
        certificateStatus = CertificateStatus.VALID;
    }

    /** Disnaker revoked the certificate this enrollment holds (SPEC 11). */
    void revokeCertificate(LocalDate on, String reason) {
        if (certificateStatus != CertificateStatus.VALID) {
            throw new Refused(RutanRefusal.TRANSITION_NOT_ALLOWED,
                    "Enrollment " + id + " holds no valid certificate to revoke");
        }
        certificateStatus = CertificateStatus.REVOKED;
        certificateRevokedOn = on;
        certificateRevocationReason = reason;
    }

    private void moveTo(EnrollmentStatus next) {
        EnrollmentRules.refusalOfTransition(id, status, next).ifPresent(refused -> {
            throw refused;
        });
        status = next;
    }
}
