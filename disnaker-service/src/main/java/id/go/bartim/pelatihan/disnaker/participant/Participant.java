package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.platform.privacy.NikMask;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Peserta: a person received from a partner, with the minimal personal data SPEC 5 lets through.
 * The partner's reference names the person; a NIK names them across partners ({@link ParticipantRules}).
 */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    /** The resource type of the audit lines about a participant. */
    public static final String AUDIT_TYPE = "participant";

    @Id
    public UUID id;

    public String nik;

    @Column(name = "partner_code", nullable = false)
    public String partnerCode;

    @Column(name = "partner_ref", nullable = false)
    public String partnerRef;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String sex;

    @Column(name = "education_level")
    public String educationLevel;

    /** When retention anonymised the participant (SPEC 9). */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** {@code 6204**********12}: enough to tell people apart in a list, not enough to identify one. */
    public String maskedNik() {
        return NikMask.mask(nik);
    }
}
