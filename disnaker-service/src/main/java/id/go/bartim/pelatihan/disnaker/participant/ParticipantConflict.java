package id.go.bartim.pelatihan.disnaker.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request whose NIK belongs to another participant than the one the partner's reference names (SPEC 9): rejected
 * INVALID_REQUEST, kept for an officer to resolve. It holds no NIK; the two participants' rows say whose it is.
 */
@Entity
@Table(name = "participant_conflict")
public class ParticipantConflict extends PanacheEntityBase {

    /** The resource type of the audit lines about a conflict; their resource id is the request's enrollment id. */
    public static final String AUDIT_TYPE = "participant-conflict";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "partner_code", nullable = false)
    public String partnerCode;

    @Column(name = "partner_ref", nullable = false)
    public String partnerRef;

    /** The participant the partner's reference names. */
    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** The participant who holds the request's NIK. */
    @Column(name = "other_participant_id", nullable = false)
    public UUID otherParticipantId;

    @Column(name = "detected_at", nullable = false)
    public OffsetDateTime detectedAt;
}
