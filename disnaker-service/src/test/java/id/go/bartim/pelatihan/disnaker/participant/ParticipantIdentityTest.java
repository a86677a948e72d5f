package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;
import id.go.bartim.pelatihan.disnaker.participant.ParticipantRules.Identity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Who a request is about (SPEC 4, 9): the person the partner's reference names, with the request's corrections; a NIK
 * of someone else is a conflict; without that person, the one with the NIK; else someone new.
 */
class ParticipantIdentityTest {

    private static final String NIK = "6204015503900001";
    private static final String OTHER_NIK = "6204015503900002";
    private static final LocalDate BORN = LocalDate.of(1990, 3, 15);

    private final ParticipantStore.Known byRef = known(UUID.randomUUID(), NIK, "RUTAN-TML", "r-1");
    private final ParticipantStore.Known holder = known(UUID.randomUUID(), OTHER_NIK, "RUTAN-PLK", "p-9");

    @Test
    void the_person_known_by_the_partner_reference_is_the_one_the_request_is_about() {
        Identity identity = ParticipantRules.identify(List.of(byRef), "RUTAN-TML", request("r-1", NIK));
        assertEquals(new Identity.Known(byRef.id(), NIK, List.of()), identity);
    }

    @Test
    void a_nik_that_belongs_to_another_participant_is_a_conflict() {
        Identity identity = ParticipantRules.identify(List.of(byRef, holder), "RUTAN-TML", request("r-1", OTHER_NIK));
        assertEquals(new Identity.Conflict(byRef.id(), holder.id()), identity);
    }

    @Test
    void a_nik_corrected_at_the_partner_is_a_changed_field_of_the_same_person() {
        String corrected = "6204015503900003";
        Identity identity = ParticipantRules.identify(List.of(byRef), "RUTAN-TML", request("r-1", corrected));
        assertEquals(new Identity.Known(byRef.id(), corrected, List.of("nik")), identity);
    }

    @Test
    void a_request_without_a_nik_never_erases_a_known_one() {
        Identity identity = ParticipantRules.identify(List.of(byRef), "RUTAN-TML", request("r-1", null));
        assertEquals(new Identity.Known(byRef.id(), NIK, List.of()), identity);
    }

    @Test
    void each_field_the_request_changes_is_listed_by_name() {
        var request = new EnrollmentRequested.Participant("r-1", "Budi S.", NIK, BORN.plusDays(1), "FEMALE", null);
        Identity identity = ParticipantRules.identify(List.of(byRef), "RUTAN-TML", request);
        assertEquals(List.of("fullName", "birthDate", "sex", "educationLevel"),
                assertInstanceOf(Identity.Known.class, identity).changedFields());
    }

    @Test
    void without_a_row_for_the_partner_reference_the_person_with_the_nik_is_the_one() {
        Identity identity = ParticipantRules.identify(List.of(holder), "RUTAN-TML", request("r-2", OTHER_NIK));
        assertEquals(new Identity.Known(holder.id(), OTHER_NIK, List.of()), identity);
    }

    @Test
    void the_same_reference_of_another_partner_is_another_person() {
        assertInstanceOf(Identity.NewParticipant.class,
                ParticipantRules.identify(List.of(byRef), "RUTAN-XYZ", request("r-1", null)));
    }

    @Test
    void nobody_known_by_either_key_is_a_new_participant() {
        assertInstanceOf(Identity.NewParticipant.class,
                ParticipantRules.identify(List.of(), "RUTAN-TML", request("r-1", NIK)));
    }

    private static ParticipantStore.Known known(UUID id, String nik, String partnerCode, String partnerRef) {
        return new ParticipantStore.Known(id, nik, partnerCode, partnerRef, "Budi Santoso", BORN, "MALE", "SMA");
    }

    private static EnrollmentRequested.Participant request(String partnerRef, String nik) {
        return new EnrollmentRequested.Participant(partnerRef, "Budi Santoso", nik, BORN, "MALE", "SMA");
    }
}
