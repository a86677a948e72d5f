package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * The people with one of the NIKs or one of the partner keys (code and reference paired), locked in id order as
     * retention locks them. Values: the NIKs; the partner codes and references, paired by position.
     */
    private static final String CANDIDATES = """
            select id, nik, partner_code, partner_ref, full_name, birth_date, sex, education_level from participant
            where id in (select id from participant where nik = any(?::text[])
                         union
                         select p.id from unnest(?::text[], ?::text[]) as k(partner_code, partner_ref)
                         join participant p on p.partner_code = k.partner_code and p.partner_ref = k.partner_ref)
            order by id
            for update""";

    /** New people, one per element of the arrays, in the order of {@link Written}'s columns. */
    private static final String INSERT = """
            insert into participant (id, nik, partner_code, partner_ref, full_name, birth_date, sex, education_level,
                                     created_at, updated_at)
            select p.id, p.nik, p.partner_code, p.partner_ref, p.full_name, p.birth_date, p.sex, p.education_level,
                   p.created_at, p.updated_at
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[],
                        ?::timestamptz[], ?::timestamptz[])
                 as p(id, nik, partner_code, partner_ref, full_name, birth_date, sex, education_level, created_at,
                      updated_at)""";

    /** Known people's corrected data, one per element of the arrays; the NIK is the one they keep. */
    private static final String UPDATE = """
            update participant p set nik = u.nik, full_name = u.full_name, birth_date = u.birth_date, sex = u.sex,
                   education_level = u.education_level, updated_at = u.updated_at
            from unnest(?::uuid[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::timestamptz[])
                 as u(id, nik, full_name, birth_date, sex, education_level, updated_at)
            where p.id = u.id""";

    /** A person's row as a batch leaves it: made at {@code createdAt} (or before), last changed at {@code updatedAt}. */
    public record Written(Known person, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

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

    /**
     * The reasons given for revoking the certificates of the people given: free text that may speak of the holder, so
     * it goes with their identity; the certificate keeps that it was revoked, when and by whom (V8 allows this one
     * change of a revocation).
     */
    private static final String FORGET_REVOCATION_REASONS = """
            update certificate set revocation_reason = '[dihapus]'
            where participant_id = any(?::uuid[]) and status = 'REVOKED' and revocation_reason <> '[dihapus]'""";

    /** What a revocation's reason says once its holder is anonymised. */
    public static final String REMOVED_REASON = "[dihapus]";

    @Inject
    PlainStatements statements;

    /** The people a batch's requests may be about, locked: those with one of {@code niks} or one of the partner keys. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Known> candidates(Set<String> niks, List<String> partnerCodes, List<String> partnerRefs) {
        return statements.query(CANDIDATES, row -> new Known(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getObject(6, LocalDate.class),
                row.getString(7), row.getString(8)), niks.toArray(String[]::new),
                partnerCodes.toArray(String[]::new), partnerRefs.toArray(String[]::new));
    }

    /** Adds a batch's new people to the round that sends them with the decisions, as one insert. */
    public void insertAll(PlainStatements.Round round, Collection<Written> rows) {
        if (rows.isEmpty()) {
            return;
        }
        round.add(INSERT, column(rows, w -> w.person().id()), column(rows, w -> w.person().nik()),
                column(rows, w -> w.person().partnerCode()), column(rows, w -> w.person().partnerRef()),
                column(rows, w -> w.person().fullName()), column(rows, w -> w.person().birthDate()),
                column(rows, w -> w.person().sex()), column(rows, w -> w.person().educationLevel()),
                column(rows, w -> timestamp(w.createdAt())), column(rows, w -> timestamp(w.updatedAt())));
    }

    /** Adds the people a batch corrected, as it leaves them, to the round that sends them with the decisions. */
    public void updateAll(PlainStatements.Round round, Collection<Written> rows) {
        if (rows.isEmpty()) {
            return;
        }
        round.add(UPDATE, column(rows, w -> w.person().id()), column(rows, w -> w.person().nik()),
                column(rows, w -> w.person().fullName()), column(rows, w -> w.person().birthDate()),
                column(rows, w -> w.person().sex()), column(rows, w -> w.person().educationLevel()),
                column(rows, w -> timestamp(w.updatedAt())));
    }

    private static String[] column(Collection<Written> rows, Function<Written, Object> value) {
        return rows.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    private static String timestamp(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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

    /** Adds the removal of the reasons of their revoked certificates to the round of their anonymisation. */
    void forgetRevocationReasons(PlainStatements.Round round, List<UUID> ids) {
        round.add(FORGET_REVOCATION_REASONS, (Object) texts(ids));
    }

    private static RetentionFacts retentionFacts(ResultSet row) throws SQLException {
        return new RetentionFacts(row.getObject(1, UUID.class), row.getObject(2, Integer.class), row.getBoolean(3));
    }

    private static String[] texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
