package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The hand-written SQL of certificates (docs/persistence.md): the per-year counter that numbers them, counted in
 * one statement that also reads the holder's name to hash. The {@link Certificate} itself is an entity.
 */
@ApplicationScoped
public class CertificateStore {

    /** The next certificate of a year: its sequence, and the name of the participant it is issued to. */
    public record Next(int sequence, String holderName) {
    }

    /**
     * The year's next sequence: 1 for its first certificate, then one more each time; with the holder's current name,
     * in the same round trip. The counter's row stays locked until the transaction ends, so numbers are handed out
     * one at a time and a rolled-back issue gives its number back: no gap, no duplicate. Values: the year, the
     * participant.
     */
    private static final String NEXT = """
            with counted as (
                insert into certificate_sequence (year, last_number) values (?, 1)
                on conflict (year) do update set last_number = certificate_sequence.last_number + 1
                returning last_number)
            select counted.last_number, p.full_name from counted, participant p where p.id = ?""";

    @Inject
    PlainStatements statements;

    /** Counts one more certificate for {@code year}; its sequence and the holder's name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Next next(int year, UUID participantId) {
        return statements.query(NEXT, row -> new Next(row.getInt(1), row.getString(2)), year, participantId).get(0);
    }
}
