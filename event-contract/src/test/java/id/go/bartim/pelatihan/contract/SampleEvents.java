package id.go.bartim.pelatihan.contract;

import id.go.bartim.pelatihan.contract.decision.CertificateIssued;
import id.go.bartim.pelatihan.contract.decision.CertificateRevoked;
import id.go.bartim.pelatihan.contract.decision.EnrollmentAccepted;
import id.go.bartim.pelatihan.contract.decision.EnrollmentRejected;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested.Participant;
import id.go.bartim.pelatihan.contract.enrollment.EnrollmentWithdrawn;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted;
import id.go.bartim.pelatihan.contract.enrollment.TrainingCompleted.Attendance;
import id.go.bartim.pelatihan.contract.program.ProgramRetired;
import id.go.bartim.pelatihan.contract.program.ProgramUpserted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Builds one realistic payload record per event type for the contract tests. */
final class SampleEvents {

    static final UUID ENROLLMENT_ID = UUID.fromString("5f0c3a1e-7b1d-4c39-9a57-0d8e2f6b4a11");
    static final UUID CLASS_ID = UUID.fromString("0b6f7d2c-1e4a-4f0b-8d3c-9a2e5c7b1f30");
    static final String PROGRAM_CODE = "PTK-01";
    static final OffsetDateTime DECIDED_AT = OffsetDateTime.parse("2026-01-20T10:15:00+07:00");

    private SampleEvents() {
    }

    /** A valid payload of the given {@code ce_type}. */
    static Object of(String type) {
        return switch (type) {
            case EventTypes.PROGRAM_UPSERTED -> new ProgramUpserted(PROGRAM_CODE, "Pertukangan Kayu Dasar",
                    "Konstruksi", null, 120, 80, List.of("F.45ENG00.001.1"), true, 3,
                    OffsetDateTime.parse("2026-01-15T09:30:00+07:00"));
            case EventTypes.PROGRAM_RETIRED -> retired();
            case EventTypes.ENROLLMENT_REQUESTED -> requested(participant("6204015203900002"));
            case EventTypes.ENROLLMENT_WITHDRAWN -> new EnrollmentWithdrawn(ENROLLMENT_ID,
                    EnrollmentWithdrawn.TRANSFERRED, LocalDate.parse("2026-03-01"));
            case EventTypes.TRAINING_COMPLETED -> new TrainingCompleted(ENROLLMENT_ID, TrainingCompleted.COMPETENT,
                    LocalDate.parse("2026-04-24"), new Attendance(120, 105, new BigDecimal("87.5")));
            case EventTypes.ENROLLMENT_ACCEPTED -> new EnrollmentAccepted(ENROLLMENT_ID, 2026, DECIDED_AT);
            case EventTypes.ENROLLMENT_REJECTED -> new EnrollmentRejected(ENROLLMENT_ID,
                    EnrollmentRejected.PARTNER_ALLOCATION_EXHAUSTED, DECIDED_AT);
            case EventTypes.CERTIFICATE_ISSUED -> new CertificateIssued(ENROLLMENT_ID,
                    "DISNAKERTRANS-BARTIM/PTK-01/2026/000001", LocalDate.parse("2026-04-27"));
            case EventTypes.CERTIFICATE_REVOKED -> new CertificateRevoked(ENROLLMENT_ID,
                    "DISNAKERTRANS-BARTIM/PTK-01/2026/000001", "Penilaian dibatalkan oleh asesor",
                    LocalDate.parse("2026-05-04"));
            default -> throw new IllegalArgumentException("No sample for event type " + type);
        };
    }

    /** PTK-01 retired at version 4, carrying the full program as it stood then (active=false). */
    static ProgramRetired retired() {
        OffsetDateTime retiredAt = OffsetDateTime.parse("2026-06-30T16:00:00+07:00");
        return new ProgramRetired(PROGRAM_CODE, 4, retiredAt, new ProgramUpserted(PROGRAM_CODE,
                "Pertukangan Kayu Dasar", "Konstruksi", null, 120, 80, List.of("F.45ENG00.001.1"), false, 4,
                retiredAt));
    }

    static EnrollmentRequested requested(Participant participant) {
        return requested(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-04-24"), participant);
    }

    static EnrollmentRequested requested(LocalDate classStartDate, LocalDate classEndDate, Participant participant) {
        return new EnrollmentRequested(ENROLLMENT_ID, CLASS_ID, PROGRAM_CODE, classStartDate, classEndDate,
                "RUTAN-TML", participant);
    }

    /** A woman born 12 March 1990 (NIK day 12 + 40), education unknown. */
    static Participant participant(String nik) {
        return new Participant("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "Siti Aminah", nik,
                LocalDate.parse("1990-03-12"), "FEMALE", null);
    }
}
