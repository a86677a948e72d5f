package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.platform.time.BusinessTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Warga Binaan Pemasyarakatan (WBP): a person held in the rutan, detainee or convict. */
@Entity
@Table(name = "inmate")
public class Inmate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @Convert(converter = RegisterClass.StoredAsCode.class)
    @Column(name = "register_class")
    public RegisterClass registerClass;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String nik;

    /** Empty only once anonymised (SPEC 9). */
    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody_status", nullable = false)
    public CustodyStatus custodyStatus;

    @Column(name = "admission_date", nullable = false)
    public LocalDate admissionDate;

    @Column(name = "expected_release_date")
    public LocalDate expectedReleaseDate;

    @Column(name = "cell_block")
    public String cellBlock;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel educationLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InmateStatus status;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    public ReleaseReason releaseReason;

    /** When retention anonymised the inmate (SPEC 9); the record cannot change after that. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Inmate admit(InmateRequest request) {
        Inmate inmate = new Inmate();
        inmate.id = UUID.randomUUID();
        inmate.status = InmateStatus.ACTIVE;
        inmate.createdAt = BusinessTime.now();
        inmate.apply(request);
        return inmate;
    }

    /** Takes over every field of a validated request; status and release stay as they are. */
    void apply(InmateRequest request) {
        registrationNumber = request.registrationNumber();
        registerClass = request.registerClass();
        fullName = request.fullName();
        nik = request.nik();
        birthDate = request.birthDate();
        sex = request.sex();
        custodyStatus = request.custodyStatus();
        admissionDate = request.admissionDate();
        expectedReleaseDate = request.expectedReleaseDate();
        cellBlock = request.cellBlock();
        educationLevel = request.educationLevel();
        updatedAt = BusinessTime.now();
    }

    /** Ends the stay ({@link InmateRules#refusalOfRelease}). */
    void release(ReleaseReason reason, LocalDate on, LocalDate today) {
        InmateRules.refusalOfRelease(id, status, admissionDate, on, today).ifPresent(refused -> {
            throw refused;
        });
        status = reason.status();
        releaseDate = on;
        releaseReason = reason;
        updatedAt = BusinessTime.now();
    }
}
