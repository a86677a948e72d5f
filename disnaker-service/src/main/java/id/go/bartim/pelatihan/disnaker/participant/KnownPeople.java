package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people a batch of requests may be about, loaded once and kept as the batch changes them: a person one request
 * registers or corrects is the one a later request of the batch finds ({@link ParticipantRules#identify}), exactly as
 * if each request were decided on its own.
 */
public final class KnownPeople {

    private final Map<UUID, ParticipantStore.Known> byId = new LinkedHashMap<>();

    public KnownPeople(List<ParticipantStore.Known> loaded) {
        loaded.forEach(known -> byId.put(known.id(), known));
    }

    /** {@link ParticipantRules#identify} over the people with the request's NIK or partner key, as they are now. */
    public ParticipantRules.Identity identify(String partnerCode, EnrollmentRequested.Participant request) {
        List<ParticipantStore.Known> candidates = byId.values().stream()
                .filter(k -> request.nik() != null && request.nik().equals(k.nik())
                        || partnerCode.equals(k.partnerCode()) && request.partnerRef().equals(k.partnerRef()))
                .toList();
        return ParticipantRules.identify(candidates, partnerCode, request);
    }

    /** A new person, as the request registers them. */
    public ParticipantStore.Known register(UUID id, String partnerCode, EnrollmentRequested.Participant request) {
        return remember(new ParticipantStore.Known(id, request.nik(), partnerCode, request.partnerRef(),
                request.fullName(), request.birthDate(), request.sex(), request.educationLevel()));
    }

    /** A known person as the request corrects them: its data, with the NIK {@code known} says they keep. */
    public ParticipantStore.Known correct(ParticipantRules.Identity.Known known,
                                          EnrollmentRequested.Participant request) {
        ParticipantStore.Known before = byId.get(known.id());
        return remember(new ParticipantStore.Known(known.id(), known.nik(), before.partnerCode(), before.partnerRef(),
                request.fullName(), request.birthDate(), request.sex(), request.educationLevel()));
    }

    private ParticipantStore.Known remember(ParticipantStore.Known person) {
        byId.put(person.id(), person);
        return person;
    }
}
