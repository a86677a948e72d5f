package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written SQL of participants (docs/persistence.md): finding the person a request is about, their row, and
 * a conflict between two of them; retention's facts, locks and set-based anonymisation (SPEC 9).
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

    /** Everyone not anonymised yet, with their last quota year (the index on decisions by participant serves it). */
    private static final String RETENTION_FACTS = """
            select p.id, max(d.year), p.anonymised_at is not null
            from participant p left join enrollment_decision d on d.participant_id = p.id
            where p.anonymised_at is null
            group by p.id""";

    /** The same, of the participants given (a text array of ids). */
    private static final String RETENTION_FACTS_OF = """
            select p.id, max(d.year), p.anonymised_at is not null
            from participant p left join enrollment_decision d on d.participant_id = p.id
            where p.id = any(?::uuid[])
            group by p.id""";

    /**
     * Locks the participants given that are not anonymised yet, in id order, as the consumer locks the person a
     * request matches ({@link #CANDIDATES}): a request in flight for one of them commits first.
     */
    private static final String LOCK_FOR_RETENTION = """
            select id from participant where id = any(?::uuid[]) and anonymised_at is null
            order by id for update""";

    /**
     * Anonymises the participants given that are not yet; the partner's reference is replaced too, so a later
     * request from the partner is about a new person. Values: anonymised_at and updated_at, the ids.
     */
    private static final String ANONYMISE = """
            update participant set full_name = 'Anonim', nik = null, birth_date = null,
                   partner_ref = 'anon-' || id::text, anonymised_at = ?, updated_at = ?
            where id = any(?::uuid[]) and anonymised_at is null
            returning id""";

    /** The conflicts either side of which is one of the people given (the record keeps them until then). */
    private static final String FORGET_CONFLICTS = """
            delete from participant_conflict
            where participant_id = any(?::uuid[]) or other_participant_id = any(?::uuid[])""";

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

    /** Everyone not anonymised yet, with what {@link RetentionRules#due} needs to know. */
    List<RetentionFacts> retentionFacts() {
        return statements.query(RETENTION_FACTS, ParticipantStore::retentionFacts);
    }

    /** {@link #retentionFacts()} of the participants given, read now (after {@link #lockForRetention}). */
    List<RetentionFacts> retentionFacts(List<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : statements.query(RETENTION_FACTS_OF, ParticipantStore::retentionFacts, (Object) texts(ids));
    }

    /** Locks those of {@code ids} not anonymised yet; their ids. */
    List<UUID> lockForRetention(List<UUID> ids) {
        return statements.query(LOCK_FOR_RETENTION, row -> row.getObject(1, UUID.class), (Object) texts(ids));
    }

    /** Anonymises those of {@code ids} not anonymised yet; the ids it anonymised. */
    List<UUID> anonymise(List<UUID> ids, OffsetDateTime now) {
        return statements.query(ANONYMISE, row -> row.getObject(1, UUID.class), now, now, texts(ids));
    }

    /** Adds the deletion of the conflicts about {@code ids} to the round of their anonymisation. */
    void forgetConflicts(PlainStatements.Round round, List<UUID> ids) {
        round.add(FORGET_CONFLICTS, texts(ids), texts(ids));
    }

    private static RetentionFacts retentionFacts(ResultSet row) throws SQLException {
        return new RetentionFacts(row.getObject(1, UUID.class), row.getObject(2, Integer.class), row.getBoolean(3));
    }

    private static String[] texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
