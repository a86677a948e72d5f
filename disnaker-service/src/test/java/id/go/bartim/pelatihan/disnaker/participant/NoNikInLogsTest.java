package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.disnaker.DisnakerInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A unique violation on the NIK makes PostgreSQL quote the NIK in its message ("Key (nik)=(...) already
 * exists"); Hibernate logs that message by default. Logs must never carry a full NIK (SPEC 7).
 */
@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class NoNikInLogsTest {

    @Inject
    EntityManager em;

    @Test
    void a_duplicate_nik_in_the_database_leaves_no_nik_in_the_log() {
        String nik = "62040115039" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        insert(nik);

        List<String> lines = new CopyOnWriteArrayList<>();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getFormattedMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        };
        Logger root = LogContext.getLogContext().getLogger("");
        root.addHandler(capture);
        try {
            assertThrows(PersistenceException.class, () -> insert(nik));
        } finally {
            root.removeHandler(capture);
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains(nik)), "a log line quotes the NIK: " + lines);
    }

    private void insert(String nik) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into participant (id, nik, partner_code, partner_ref, full_name, created_at, updated_at)
                        values (:id, :nik, 'rutan-tamiang-layang', :ref, 'Log Test', now(), now())""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("nik", nik)
                .setParameter("ref", UUID.randomUUID().toString())
                .executeUpdate());
    }
}
