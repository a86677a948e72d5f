package id.go.bartim.pelatihan.disnaker.privacy;

import id.go.bartim.pelatihan.disnaker.certificate.CertificateView;
import id.go.bartim.pelatihan.disnaker.decision.EnrollmentDecisionView;
import id.go.bartim.pelatihan.disnaker.participant.ParticipantConflict;
import id.go.bartim.pelatihan.disnaker.participant.ParticipantView;
import id.go.bartim.pelatihan.disnaker.quota.SlotState;
import id.go.bartim.pelatihan.platform.audit.AuditEventView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything disnaker holds about one participant (SPEC 9), for an officer answering the person. */
@Schema(name = "PersonalData", description = "Everything disnaker-service holds about one participant")
public record PersonalDataView(
        @Schema(description = "The participant, with the full NIK") ParticipantView participant,
        @Schema(description = "Their enrollment decisions, oldest first") List<EnrollmentDecisionView> decisions,
        @Schema(description = "Their quota slots, one per year at most") List<QuotaSlot> quotaSlots,
        @Schema(description = "Their certificates, in order of issue") List<CertificateView> certificates,
        @Schema(description = "Conflicts they are part of, on either side, oldest first") List<Conflict> conflicts,
        @Schema(description = "The audit lines about their records (this participant, their decisions, "
                + "certificates and conflicts), oldest first; this read included") List<AuditEventView> auditTrail) {

    static PersonalDataView of(PersonalData.Held held) {
        return new PersonalDataView(ParticipantView.of(held.participant(), true),
                held.decisions().stream().map(EnrollmentDecisionView::of).toList(),
                held.slots().stream().map(s -> new QuotaSlot(s.year(), s.state(), s.programCode(), s.partnerCode()))
                        .toList(),
                held.certificates().stream().map(c -> CertificateView.of(c, true)).toList(),
                held.conflicts().stream().map(Conflict::of).toList(),
                held.auditTrail());
    }

    /** A year's slot of "1.000 Tenaga Kerja Terlatih" the person holds. */
    @Schema(name = "PersonalDataQuotaSlot")
    public record QuotaSlot(@Schema(example = "2026") int year, SlotState state,
                            @Schema(description = "The program the slot is counted for", example = "PTK-01")
                            String programCode,
                            @Schema(example = "RUTAN-TML") String partnerCode) {
    }

    /** A conflict the person is part of, as stored: no NIK, the two participants by id. */
    @Schema(name = "PersonalDataConflict")
    public record Conflict(long id,
                           @Schema(description = "The request rejected INVALID_REQUEST") UUID enrollmentId,
                           String partnerCode,
                           String partnerRef,
                           @Schema(description = "The participant the partner's reference names") UUID participantId,
                           @Schema(description = "The participant who holds the request's NIK") UUID otherParticipantId,
                           OffsetDateTime detectedAt) {

        static Conflict of(ParticipantConflict c) {
            return new Conflict(c.id, c.enrollmentId, c.partnerCode, c.partnerRef, c.participantId,
                    c.otherParticipantId, c.detectedAt);
        }
    }
}
