package id.go.bartim.pelatihan.disnaker.certificate;

import id.go.bartim.pelatihan.platform.persistence.PlainStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The hand-written SQL of certificates (docs/persistence.md): the per-year counter that numbers them, counted in
 * one statement. The {@link Certificate} itself is an entity.
 */
@ApplicationScoped
public class CertificateStore {

    /**
     * The year's next sequence: 1 for its first certificate, then one more each time. The counter's row stays locked
     * until the transaction ends, so numbers are handed out one at a time and a rolled-back issue gives its number
     * back: no gap, no duplicate.
     */
    private static final String NEXT_SEQUENCE = """
            insert into certificate_sequence (year, last_number) values (?, 1)
            on conflict (year) do update set last_number = certificate_sequence.last_number + 1
            returning last_number""";

    @Inject
    PlainStatements statements;

    /** Counts one more certificate for {@code year}; its sequence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextSequence(int year) {
        return statements.query(NEXT_SEQUENCE, row -> row.getInt(1), year).get(0);
    }
}
