package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.platform.privacy.NikMask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A conflict as the officers' list shows it: which request, and the two participants by id and masked NIK. The list
 * is not audited per person, so it carries no more; an officer opens each participant (an audited read) to resolve it.
 */
@Schema(name = "ParticipantConflict")
public record ParticipantConflictView(
        long id,
        @Schema(description = "The rutan's enrollment id of the request, rejected INVALID_REQUEST") UUID enrollmentId,
        @Schema(example = "RUTAN-TML") String partnerCode,
        @Schema(description = "The partner's reference the request named the person by") String partnerRef,
        @Schema(description = "The participant the partner's reference names") Side participant,
        @Schema(description = "The participant who holds the request's NIK") Side otherParticipant,
        OffsetDateTime detectedAt) {

    static ParticipantConflictView of(ParticipantConflict c, String participantNik, String otherNik) {
        return new ParticipantConflictView(c.id, c.enrollmentId, c.partnerCode, c.partnerRef,
                new Side(c.participantId, NikMask.mask(participantNik)),
                new Side(c.otherParticipantId, NikMask.mask(otherNik)), c.detectedAt);
    }

    /** One participant of a conflict. */
    @Schema(name = "ParticipantConflictSide")
    public record Side(
            UUID id,
            @Schema(description = "Masked: first 4 and last 2 digits; null when the participant has none",
                    example = "6204**********12") String nik) {
    }
}
