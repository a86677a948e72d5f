package id.go.bartim.pelatihan.disnaker.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Sertifikat: issued for each COMPETENT completion, numbered per year without gaps. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    /** The resource type of the audit lines about a certificate; their resource id is its number. */
    public static final String AUDIT_TYPE = "certificate";

    @Id
    public String number;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
}
