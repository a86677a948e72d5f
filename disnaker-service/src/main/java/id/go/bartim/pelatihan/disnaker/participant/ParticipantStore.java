package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written SQL of participants (docs/persistence.md): finding the person a request is about, and their row;
 * retention's facts, locks and set-based anonymisation (SPEC 9).
 */
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

    private static RetentionFacts retentionFacts(ResultSet row) throws SQLException {
        return new RetentionFacts(row.getObject(1, UUID.class), row.getObject(2, Integer.class), row.getBoolean(3));
    }

    private static String[] texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
