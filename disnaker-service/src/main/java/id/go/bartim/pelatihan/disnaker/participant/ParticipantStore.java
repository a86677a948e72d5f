package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written SQL of participants (docs/persistence.md): finding the person a request is about, their row, and
 * a conflict between two of them.
 */
@ApplicationScoped
public class ParticipantStore {

    /**
     * A person the request may be about, as held now: the keys {@link ParticipantRules#identify} matches on and the
     * data a correction compares.
     */
    public record Known(UUID id, String nik, String partnerCode, String partnerRef, String fullName,
                        LocalDate birthDate, String sex, String educationLevel) {
    }

    /** The people with the NIK or with the partner's reference, locked (a NIK of null matches no row). */
    private static final String CANDIDATES = """
            select id, nik, partner_code, partner_ref, full_name, birth_date, sex, education_level from participant
            where nik = ? or (partner_code = ? and partner_ref = ?)
            for update""";

    /** A new person: every column of {@link Participant}, the values in this order. */
    private static final String INSERT = "insert into participant (id, nik, partner_code, partner_ref, full_name,"
            + " birth_date, sex, education_level, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A known person's corrected data; the NIK is the one {@link ParticipantRules} says they keep. */
    private static final String UPDATE = "update participant set nik = ?, full_name = ?, birth_date = ?, sex = ?,"
            + " education_level = ?, updated_at = ? where id = ?";

    private static final String INSERT_CONFLICT = "insert into participant_conflict (enrollment_id, partner_code,"
            + " partner_ref, participant_id, other_participant_id, detected_at) values (?, ?, ?, ?, ?, ?)";

    @Inject
    PlainStatements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Known> candidates(String nik, String partnerCode, String partnerRef) {
        return statements.query(CANDIDATES, row -> new Known(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getObject(6, LocalDate.class),
                row.getString(7), row.getString(8)), nik, partnerCode, partnerRef);
    }

    /** Adds a new person's row to the round that sends it with the decision. */
    public void insert(PlainStatements.Round round, UUID id, String partnerCode, EnrollmentRequested.Participant data,
                       OffsetDateTime now) {
        round.add(INSERT, id, data.nik(), partnerCode, data.partnerRef(), data.fullName(), data.birthDate(),
                data.sex(), data.educationLevel(), now, now);
    }

    /** Adds a known person's corrected row to the round that sends it with the decision. */
    public void update(PlainStatements.Round round, UUID id, String nik, EnrollmentRequested.Participant data,
                       OffsetDateTime now) {
        round.add(UPDATE, nik, data.fullName(), data.birthDate(), data.sex(), data.educationLevel(), now, id);
    }

    /** Adds the conflict a request revealed to the round that sends it with the request's rejection. */
    public void insertConflict(PlainStatements.Round round, UUID enrollmentId, String partnerCode, String partnerRef,
                               UUID participantId, UUID otherParticipantId, OffsetDateTime now) {
        round.add(INSERT_CONFLICT, enrollmentId, partnerCode, partnerRef, participantId, otherParticipantId, now);
    }
}
