package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The people of a batch matched in memory, without a database: each request sees what the ones before it changed. */
class KnownPeopleTest {

    private static final String PARTNER = "RUTAN-TML";

    private static EnrollmentRequested.Participant data(String ref, String name, String nik) {
        return new EnrollmentRequested.Participant(ref, name, nik, LocalDate.of(1990, 3, 15), "MALE", "SMA");
    }

    @Test
    void a_person_registered_earlier_in_the_batch_is_known_to_a_later_request_by_nik_or_reference() {
        KnownPeople people = new KnownPeople(List.of());
        UUID id = UUID.randomUUID();
        EnrollmentRequested.Participant first = data("ref-1", "Budi", "6204000000000001");
        assertInstanceOf(ParticipantRules.Identity.NewParticipant.class, people.identify(PARTNER, first));
        people.register(id, PARTNER, first);

        var byRef = assertInstanceOf(ParticipantRules.Identity.Known.class, people.identify(PARTNER, first));
        var byNik = assertInstanceOf(ParticipantRules.Identity.Known.class,
                people.identify("LPK-LAIN", data("ref-9", "Budi", "6204000000000001")));

        assertEquals(id, byRef.id());
        assertEquals(List.of(), byRef.changedFields());
        assertEquals(id, byNik.id());
    }

    @Test
    void a_correction_is_what_the_next_request_compares_with() {
        UUID id = UUID.randomUUID();
        KnownPeople people = new KnownPeople(List.of(new ParticipantStore.Known(id, "6204000000000002", PARTNER,
                "ref-2", "Sari", LocalDate.of(1990, 3, 15), "MALE", "SMA")));
        EnrollmentRequested.Participant renamed = data("ref-2", "Sari Dewi", null);

        var first = assertInstanceOf(ParticipantRules.Identity.Known.class, people.identify(PARTNER, renamed));
        ParticipantStore.Known corrected = people.correct(first, renamed);
        var again = assertInstanceOf(ParticipantRules.Identity.Known.class, people.identify(PARTNER, renamed));

        assertEquals(List.of(ParticipantRules.FULL_NAME), first.changedFields());
        assertEquals("6204000000000002", corrected.nik());
        assertEquals(List.of(), again.changedFields());
    }

    @Test
    void a_nik_another_person_of_the_batch_took_is_a_conflict() {
        KnownPeople people = new KnownPeople(List.of());
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        people.register(owner, PARTNER, data("ref-a", "Ani", "6204000000000003"));
        people.register(other, PARTNER, data("ref-b", "Bayu", "6204000000000004"));

        var conflict = assertInstanceOf(ParticipantRules.Identity.Conflict.class,
                people.identify(PARTNER, data("ref-b", "Bayu", "6204000000000003")));

        assertEquals(other, conflict.participantId());
        assertEquals(owner, conflict.otherParticipantId());
    }
}
