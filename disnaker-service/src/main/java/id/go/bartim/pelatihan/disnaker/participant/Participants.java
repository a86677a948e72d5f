package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Finds the person an enrollment request is about, or registers them. Concurrent requests for a
 * new person race on the unique keys; the loser's transaction fails and is retried by the consumer,
 * and then finds the winner's row.
 */
@ApplicationScoped
public class Participants {

    /** The person with the NIK if there is one, else the one with the partner's reference; locked. */
    private static final String MATCH_BY_NIK = """
            select id from participant
            where nik = ? or (partner_code = ? and partner_ref = ?)
            order by nik = ? desc nulls last
            limit 1 for update""";

    private static final String MATCH_BY_REFERENCE = """
            select id from participant where partner_code = ? and partner_ref = ? for update""";

    /** A new person: every column of {@link Participant}, the values in this order. */
    private static final String INSERT = "insert into participant (id, nik, partner_code, partner_ref, full_name,"
            + " birth_date, sex, education_level, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A known person: the latest personal data; a NIK once known is kept (a request without one does not erase it). */
    private static final String UPDATE = "update participant set nik = coalesce(nik, ?), full_name = ?, birth_date = ?,"
            + " sex = ?, education_level = ?, updated_at = ? where id = ?";

    @Inject
    PlainStatements statements;

    /**
     * The person's id: found and locked with one select (the same NIK is the same person; without a match by NIK,
     * the same partner and partner reference), then their row, new or refreshed with the request's data, added to
     * {@code round} to be sent with the decision's other statements.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID match(PlainStatements.Round round, String partnerCode, EnrollmentRequested.Participant data) {
        List<UUID> found = data.nik() == null
                ? statements.query(MATCH_BY_REFERENCE, row -> row.getObject(1, UUID.class), partnerCode, data.partnerRef())
                : statements.query(MATCH_BY_NIK, row -> row.getObject(1, UUID.class), data.nik(), partnerCode,
                        data.partnerRef(), data.nik());
        OffsetDateTime now = BusinessTime.now();
        if (found.isEmpty()) {
            UUID id = UUID.randomUUID();
            round.add(INSERT, id, data.nik(), partnerCode, data.partnerRef(), data.fullName(), data.birthDate(),
                    data.sex(), data.educationLevel(), now, now);
            return id;
        }
        UUID id = found.get(0);
        round.add(UPDATE, data.nik(), data.fullName(), data.birthDate(), data.sex(), data.educationLevel(), now, id);
        return id;
    }
}
