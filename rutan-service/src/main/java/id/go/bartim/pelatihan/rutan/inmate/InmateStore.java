package id.go.bartim.pelatihan.rutan.inmate;

import id.go.bartim.pelatihan.rutan.RutanAudit;
import id.go.bartim.pelatihan.platform.audit.AuditedRead;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * The hand-written SQL of inmates (docs/persistence.md): a new admission's row, sent with its audit line in one round
 * trip, one person's full record read with one plain select for the audited {@code GET}, and retention's facts and
 * set-based anonymisation (SPEC 9). Changes and lists go through the {@link Inmate} entity.
 */
@ApplicationScoped
public class InmateStore {

    /**
     * A new admission's row: no release, version 0, what Hibernate would insert. The all-fields tests (POST, then GET
     * and the database) guard the column list.
     */
    private static final String INSERT = "insert into inmate (id, registration_number, register_class, full_name, nik,"
            + " birth_date, sex, custody_status, admission_date, expected_release_date, cell_block, education_level,"
            + " status, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One inmate by id, every column {@link #view} maps (the same columns as {@link Inmate}'s). */
    private static final String SELECT_BY_ID = "select id, registration_number, register_class, full_name, nik,"
            + " birth_date, sex, custody_status, admission_date, expected_release_date, cell_block, education_level,"
            + " status, release_date, release_reason, version, created_at, updated_at from inmate where id = ?";

    /**
     * The retention facts of everyone who left and is not anonymised yet (the partial index of V7 finds them). Open
     * enrollments are those holding a seat: PENDING or ACCEPTED.
     */
    private static final String RETENTION_FACTS = """
            select i.id, i.status, i.release_date, i.anonymised_at is not null,
                   (select count(*) from enrollment e where e.inmate_id = i.id and e.status in ('PENDING', 'ACCEPTED'))
            from inmate i where i.anonymised_at is null and i.status <> 'ACTIVE'""";

    /**
     * Anonymises the inmates given (a text array of ids) that still may be: left, not anonymised, no open enrollment.
     * The version moves on, so a correction made from the record read before fails instead of bringing data back.
     * Values: anonymised_at and updated_at, the ids.
     */
    private static final String ANONYMISE = """
            update inmate i set full_name = 'Anonim', nik = null, birth_date = null, cell_block = null,
                   registration_number = 'ANON-' || replace(i.id::text, '-', ''),
                   anonymised_at = ?, updated_at = ?, version = i.version + 1
            where i.id = any(?::uuid[]) and i.anonymised_at is null and i.status <> 'ACTIVE'
              and not exists (select 1 from enrollment e
                              where e.inmate_id = i.id and e.status in ('PENDING', 'ACCEPTED'))
            returning i.id""";

    /**
     * The free text on an anonymised inmate's enrollments: about withdrawals (it may mention health or discipline) and
     * disnaker's reason for revoking a certificate (SPEC 11); the revocation's date and status stay.
     */
    private static final String CLEAR_ENROLLMENT_NOTES = """
            update enrollment set withdrawal_note = null, certificate_revocation_reason = null, version = version + 1
            where inmate_id = any(?::uuid[])
              and (withdrawal_note is not null or certificate_revocation_reason is not null)""";

    /**
     * The free text about an anonymised inmate's absences. A record with reason OTHER must keep a note (V13), so its
     * note becomes {@link #REMOVED_NOTE}: what it said is gone, that there was one stays.
     */
    private static final String CLEAR_ATTENDANCE_NOTES = """
            update attendance_record a set note = case when a.reason = 'OTHER' then '[dihapus]' end
            from enrollment e
            where e.id = a.enrollment_id and e.inmate_id = any(?::uuid[]) and a.note is not null
              and a.note <> '[dihapus]'""";

    /** The free text in the history of an anonymised inmate's attendance: notes before and after, correction notes. */
    private static final String CLEAR_ATTENDANCE_HISTORY_NOTES = """
            update attendance_change c set from_note = null, to_note = null, correction_note = null
            from enrollment e
            where e.id = c.enrollment_id and e.inmate_id = any(?::uuid[])
              and (c.from_note is not null or c.to_note is not null or c.correction_note is not null)""";

    /** The free text of an anonymised inmate's excusals; one with reason OTHER keeps a note (V14), as a record does. */
    private static final String CLEAR_EXCUSAL_NOTES = """
            update excusal x set note = case when x.reason = 'OTHER' then '[dihapus]' end
            from enrollment e
            where e.id = x.enrollment_id and e.inmate_id = any(?::uuid[]) and x.note is not null
              and x.note <> '[dihapus]'""";

    /** What a note that must stay (reason OTHER) says once its inmate is anonymised. */
    public static final String REMOVED_NOTE = "[dihapus]";

    @Inject
    AuditedRead audited;

    @Inject
    PlainStatements statements;

    /** Adds a new admission's row to the round that sends it with its audit line. */
    void insert(PlainStatements.Round round, Inmate i) {
        round.add(INSERT, i.id, i.registrationNumber, i.registerClass == null ? null : i.registerClass.code(),
                i.fullName, i.nik, i.birthDate, i.sex.name(), i.custodyStatus.name(), i.admissionDate,
                i.expectedReleaseDate, i.cellBlock, i.educationLevel == null ? null : i.educationLevel.name(),
                i.status.name(), i.version, i.createdAt, i.updatedAt);
    }

    /**
     * One person's full record, returned once the line of its read by the caller (SPEC 7) is committed
     * ({@link AuditedRead}); empty, and no line, when there is no such inmate.
     */
    Optional<InmateView> readAudited(UUID id) {
        return audited.one(RutanAudit.INMATE, SELECT_BY_ID, id, InmateStore::view);
    }

    /** Who left and is not anonymised yet, with what {@link RetentionRules#due} needs to know. */
    List<RetentionFacts> retentionFacts() {
        return statements.query(RETENTION_FACTS, r -> new RetentionFacts(r.getObject(1, UUID.class),
                InmateStatus.valueOf(r.getString(2)), r.getObject(3, LocalDate.class), r.getBoolean(4), r.getInt(5)));
    }

    /** Anonymises those of {@code ids} that still may be; the ids it anonymised. */
    List<UUID> anonymise(List<UUID> ids, OffsetDateTime now) {
        return statements.query(ANONYMISE, r -> r.getObject(1, UUID.class), now, now, texts(ids));
    }

    /** Adds the clearing of the anonymised inmates' notes to {@code round}. */
    void clearNotes(PlainStatements.Round round, List<UUID> anonymised) {
        String[] ids = texts(anonymised);
        round.add(CLEAR_ENROLLMENT_NOTES, (Object) ids);
        round.add(CLEAR_ATTENDANCE_NOTES, (Object) ids);
        round.add(CLEAR_ATTENDANCE_HISTORY_NOTES, (Object) ids);
        round.add(CLEAR_EXCUSAL_NOTES, (Object) ids);
    }

    private static String[] texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static InmateView view(ResultSet r) throws SQLException {
        String registerClass = r.getString("register_class");
        return new InmateView(r.getObject("id", UUID.class), r.getString("registration_number"),
                registerClass == null ? null : RegisterClass.ofCode(registerClass), r.getString("full_name"),
                r.getString("nik"), r.getObject("birth_date", LocalDate.class), null, Sex.valueOf(r.getString("sex")),
                CustodyStatus.valueOf(r.getString("custody_status")), r.getObject("admission_date", LocalDate.class),
                r.getObject("expected_release_date", LocalDate.class), r.getString("cell_block"),
                orNull(EducationLevel.class, r.getString("education_level")),
                InmateStatus.valueOf(r.getString("status")), r.getObject("release_date", LocalDate.class),
                orNull(ReleaseReason.class, r.getString("release_reason")), r.getLong("version"),
                inWib(r.getObject("created_at", OffsetDateTime.class)),
                inWib(r.getObject("updated_at", OffsetDateTime.class)));
    }

    private static <E extends Enum<E>> E orNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static OffsetDateTime inWib(OffsetDateTime t) {
        return t.atZoneSameInstant(WIB).toOffsetDateTime();
    }
}
