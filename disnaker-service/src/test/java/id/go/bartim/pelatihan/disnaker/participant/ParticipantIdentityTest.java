package id.go.bartim.pelatihan.disnaker.participant;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 4: a person is identified by NIK when present, otherwise by (partnerCode, partnerRef). */
class ParticipantIdentityTest {

    private static final String NIK = "6204015503900001";

    private final ParticipantStore.Known byNik = new ParticipantStore.Known(UUID.randomUUID(), NIK, "OTHER", "x-1");
    private final ParticipantStore.Known byRef = new ParticipantStore.Known(UUID.randomUUID(), null, "RUTAN-TML", "r-1");

    @Test
    void a_person_is_identified_by_nik_when_present() {
        assertEquals(Optional.of(byNik.id()), Participants.identify(List.of(byRef, byNik), NIK, "RUTAN-TML", "r-1"));
    }

    @Test
    void without_a_match_by_nik_the_person_is_identified_by_partner_code_and_partner_ref() {
        assertEquals(Optional.of(byRef.id()), Participants.identify(List.of(byRef), NIK, "RUTAN-TML", "r-1"));
        assertEquals(Optional.of(byRef.id()), Participants.identify(List.of(byRef, byNik), null, "RUTAN-TML", "r-1"));
    }

    @Test
    void the_same_reference_of_another_partner_is_another_person() {
        assertTrue(Participants.identify(List.of(byRef), null, "RUTAN-XYZ", "r-1").isEmpty());
    }

    @Test
    void nobody_known_by_either_key_is_a_new_person() {
        assertTrue(Participants.identify(List.of(), NIK, "RUTAN-TML", "r-1").isEmpty());
    }
}
