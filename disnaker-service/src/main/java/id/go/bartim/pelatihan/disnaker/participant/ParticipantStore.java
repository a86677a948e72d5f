package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The hand-written SQL of participants (docs/persistence.md): finding the person a request is about, and their row. */
@ApplicationScoped
public class ParticipantStore {

    /** Who a participant is known as: the keys {@link Participants#identify} matches a request on. */
    public record Known(UUID id, String nik, String partnerCode, String partnerRef) {
    }

    /** The people with the NIK or with the partner's reference, locked (a NIK of null matches no row). */
    private static final String CANDIDATES = """
            select id, nik, partner_code, partner_ref from participant
            where nik = ? or (partner_code = ? and partner_ref = ?)
            for update""";

    /** A new person: every column of {@link Participant}, the values in this order. */
    private static final String INSERT = "insert into participant (id, nik, partner_code, partner_ref, full_name,"
            + " birth_date, sex, education_level, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A known person: the latest personal data; a NIK once known is kept (a request without one does not erase it). */
    private static final String UPDATE = "update participant set nik = coalesce(nik, ?), full_name = ?, birth_date = ?,"
            + " sex = ?, education_level = ?, updated_at = ? where id = ?";

    @Inject
    PlainStatements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Known> candidates(String nik, String partnerCode, String partnerRef) {
        return statements.query(CANDIDATES, row -> new Known(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4)), nik, partnerCode, partnerRef);
    }

    /** Adds a new person's row to the round that sends it with the decision. */
    public void insert(PlainStatements.Round round, UUID id, String partnerCode, EnrollmentRequested.Participant data,
                       OffsetDateTime now) {
        round.add(INSERT, id, data.nik(), partnerCode, data.partnerRef(), data.fullName(), data.birthDate(),
                data.sex(), data.educationLevel(), now, now);
    }

    /** Adds a known person's refreshed row to the round that sends it with the decision. */
    public void update(PlainStatements.Round round, UUID id, EnrollmentRequested.Participant data, OffsetDateTime now) {
        round.add(UPDATE, data.nik(), data.fullName(), data.birthDate(), data.sex(), data.educationLevel(), now, id);
    }
}
